package vn.thidua.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.thidua.security.CurrentActor;
import vn.thidua.security.TokenService;
import vn.thidua.security.TokenView;
import vn.thidua.shared.web.Messages;

import java.io.Serializable;
import java.util.List;

/** One's own API tokens: create (shown once), list, revoke. */
@Named
@ViewScoped
public class TokensBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TokenService tokens;

    @Inject
    CurrentActor current;

    private List<TokenView> rows;
    private String name;
    private String created;
    private java.time.Instant createdExpiresAt;
    private int validDays = 90;

    @PostConstruct
    void load() {
        rows = tokens.list(current.get());
    }

    public void create() {
        if (Messages.attempt(() -> {
            TokenService.NewToken made = tokens.create(current.get(), name, validDays);
            created = made.token();
            createdExpiresAt = made.expiresAt();
        })) {
            Messages.info("token.created");
            name = null;
            load();
        }
    }

    public void revoke(TokenView row) {
        if (Messages.attempt(() -> tokens.revoke(current.get(), row.getId()))) {
            Messages.info("token.revoked", row.getName());
        }
        created = null;
        load();
    }

    public List<TokenView> getRows() {
        return rows;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCreated() {
        return created;
    }

    /** When the token just shown expires (chosen at creation), in Vietnam's time. */
    public String getCreatedExpiry() {
        return createdExpiresAt == null ? "" : vn.thidua.shared.VietnamTime.format(createdExpiresAt);
    }

    /** The lengths a token may be valid for, labelled in the reader's language. */
    public List<jakarta.faces.model.SelectItem> getValidityChoices() {
        return TokenService.VALIDITY_DAYS.stream()
                .map(d -> new jakarta.faces.model.SelectItem(d, Messages.text("tokens.days", d))).toList();
    }

    public int getValidDays() {
        return validDays;
    }

    public void setValidDays(int validDays) {
        this.validDays = validDays;
    }
}
