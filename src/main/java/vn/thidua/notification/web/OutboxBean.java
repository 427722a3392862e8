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
import java.util.List;

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
    private List<Count> counts;

    /** How many messages are in one state (EL cannot read a HashMap entry's non-public class). */
    public static final class Count implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final long value;

        Count(String key, long value) {
            this.key = key;
            this.value = value;
        }

        public String getKey() {
            return key;
        }

        public long getValue() {
            return value;
        }
    }

    public String load() {
        if (!current.get().isAdmin()) {
            return "/error.xhtml?faces-redirect=true";
        }
        messages = queries.outbox(current.get(), null, SHOWN);
        attempts = queries.attempts(current.get(), SHOWN);
        counts = queries.counts(current.get()).entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
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

    public List<Count> getCounts() {
        return counts;
    }
}
