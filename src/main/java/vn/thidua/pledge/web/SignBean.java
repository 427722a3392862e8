package vn.thidua.pledge.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.thidua.award.AwardKind;
import vn.thidua.award.AwardService;
import vn.thidua.award.AwardView;
import vn.thidua.pledge.PledgeQueries;
import vn.thidua.pledge.PledgeService;
import vn.thidua.pledge.PledgeView;
import vn.thidua.security.CurrentActor;
import vn.thidua.shared.web.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * Signing on its own page, built for a phone: the exact final text and its fingerprint, the unit's registration, the
 * consent box and the password. The fingerprint the signer saw travels with the request, so a version amended in the
 * meantime is refused rather than signed unseen.
 */
@Named
@ViewScoped
public class SignBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PledgeQueries queries;

    @Inject
    PledgeService service;

    @Inject
    AwardService awards;

    @Inject
    CurrentActor current;

    @Inject
    vn.thidua.shared.web.LocaleBean localeBean;

    private Long version;
    private PledgeView view;
    private String seenFingerprint;
    private boolean consent;
    private String password;
    private Long titleId;
    private Long commendationId;
    private List<AwardView> titles;
    private List<AwardView> commendations;

    public String load() {
        view = version == null ? null : queries.forVersion(current.get(), version, localeBean.getLocale()).orElse(null);
        if (view == null || !view.getCurrent().isSealed()) {
            return "/error.xhtml?faces-redirect=true";
        }
        if (seenFingerprint == null) {
            seenFingerprint = view.getCurrent().getFingerprint();
        }
        titles = awards.active(AwardKind.TITLE);
        commendations = awards.active(AwardKind.COMMENDATION);
        return null;
    }

    public String sign() {
        String typed = password;
        password = null;
        boolean ok = Messages.attempt(() -> service.sign(current.get(), version, seenFingerprint, consent,
                typed == null ? null : typed.toCharArray(), titleId, commendationId, PledgeBean.address(), PledgeBean.userAgent()));
        if (!ok) {
            // The refusal is shown in the page's messages, far above the button on a phone: bring them into view.
            org.primefaces.PrimeFaces.current().scrollTo("messages");
            return null;
        }
        Messages.info("sign.done");
        return "/pledge/pledge.xhtml?faces-redirect=true&cluster=" + view.getClusterId();
    }

    /** The unit's registration is asked for only until one of its signers has given it. */
    public boolean isRegistrationNeeded() {
        Long unit = current.get().getUnitId();
        return view.getSigners().stream().noneMatch(s -> s.getUnitId() == (unit == null ? -1 : unit) && s.isSigned());
    }

    public String getOwnRegistration() {
        Long unit = current.get().getUnitId();
        return view.getSigners().stream().filter(s -> unit != null && s.getUnitId() == unit && !s.getRegistration().isEmpty())
                .map(PledgeView.SignerRow::getRegistration).findFirst().orElse("");
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public PledgeView getView() {
        return view;
    }

    public String getSeenFingerprint() {
        return seenFingerprint;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Long getTitleId() {
        return titleId;
    }

    public void setTitleId(Long titleId) {
        this.titleId = titleId;
    }

    public Long getCommendationId() {
        return commendationId;
    }

    public void setCommendationId(Long commendationId) {
        this.commendationId = commendationId;
    }

    public List<AwardView> getTitles() {
        return titles;
    }

    public List<AwardView> getCommendations() {
        return commendations;
    }
}
