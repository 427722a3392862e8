package vn.thidua.notification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.thidua.notification.NotificationConfig;
import vn.thidua.notification.NotificationQueries;
import vn.thidua.notification.OutboxRow;
import vn.thidua.security.CurrentActor;
import vn.thidua.shared.VietnamTime;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Administrators: the newest messages of the outbox, their states and the mail server's last answer. */
@Named
@ViewScoped
public class OutboxBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;

    @Inject
    NotificationQueries queries;

    @Inject
    NotificationConfig config;

    @Inject
    CurrentActor current;

    private List<OutboxRow> messages;
    private List<vn.thidua.notification.AttemptRow> attempts;
    private List<Map.Entry<String, Long>> counts;

    public String load() {
        if (!current.get().isAdmin()) {
            return "/error.xhtml?faces-redirect=true";
        }
        messages = queries.outbox(current.get(), null, SHOWN);
        attempts = queries.attempts(current.get(), SHOWN);
        counts = new ArrayList<>(queries.counts(current.get()).entrySet());
        return null;
    }

    public String time(Instant instant) {
        return instant == null ? "" : VietnamTime.formatSeconds(instant);
    }

    public boolean isMailConfigured() {
        return config.isMailConfigured();
    }

    public String getMailServer() {
        return config.getHost() + ":" + config.getPort() + (config.isTls() ? " (STARTTLS)" : "");
    }

    public List<OutboxRow> getMessages() {
        return messages;
    }

    public List<vn.thidua.notification.AttemptRow> getAttempts() {
        return attempts;
    }

    public List<Map.Entry<String, Long>> getCounts() {
        return counts;
    }
}
