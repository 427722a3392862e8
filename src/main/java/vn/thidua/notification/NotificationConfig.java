package vn.thidua.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;

/** The mail server and the sender's rhythm, from MicroProfile Config (THIDUA_MAIL_*, THIDUA_NOTIFY_*). */
@ApplicationScoped
public class NotificationConfig {

    @Inject
    @ConfigProperty(name = "thidua.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "thidua.mail.port", defaultValue = "587")
    int port;

    /** STARTTLS required (true) or plain SMTP (false, only for a relay on the same machine or network). */
    @Inject
    @ConfigProperty(name = "thidua.mail.tls", defaultValue = "true")
    boolean tls;

    @Inject
    @ConfigProperty(name = "thidua.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "thidua.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "thidua.mail.from", defaultValue = "thidua@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "thidua.notify.intervalSeconds", defaultValue = "60")
    int intervalSeconds;

    @Inject
    @ConfigProperty(name = "thidua.notify.retryBaseSeconds", defaultValue = "60")
    int retryBaseSeconds;

    @Inject
    @ConfigProperty(name = "thidua.notify.maxAttempts", defaultValue = "12")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "thidua.notify.remindDaysBefore", defaultValue = "3")
    int remindDaysBefore;

    /**
     * Sender loops in this instance, each claiming on its own connection as a separate instance would (the tests run
     * two to show that claims never overlap); more than one is rarely useful in production.
     */
    @Inject
    @ConfigProperty(name = "thidua.notify.senders", defaultValue = "1")
    int senders;

    /**
     * The sender loops of one tick hold their first claim until all have claimed (so that their claims overlap): for
     * the tests that show two senders never take the same message; off in production, where it only adds a wait.
     */
    @Inject
    @ConfigProperty(name = "thidua.notify.rendezvous", defaultValue = "false")
    boolean rendezvous;

    public boolean isRendezvous() {
        return rendezvous && getSenders() > 1;
    }

    public int getSenders() {
        return Math.max(1, Math.min(4, senders));
    }

    public boolean isMailConfigured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public String getHost() {
        return host.orElse("");
    }

    public int getPort() {
        return port;
    }

    public boolean isTls() {
        return tls;
    }

    public Optional<String> getUser() {
        return user.filter(u -> !u.isBlank());
    }

    public Optional<String> getPassword() {
        return password;
    }

    public String getFrom() {
        return from;
    }

    public Duration getInterval() {
        return Duration.ofSeconds(Math.max(1, intervalSeconds));
    }

    /** Doubling from the base up to six hours: a day-long outage costs a handful of attempts per message. */
    public Backoff getBackoff() {
        Duration base = Duration.ofSeconds(Math.max(1, retryBaseSeconds));
        Duration cap = Duration.ofHours(6);
        return new Backoff(base, cap.compareTo(base) < 0 ? base : cap);
    }

    public int getMaxAttempts() {
        return Math.max(1, maxAttempts);
    }

    public int getRemindDaysBefore() {
        return Math.max(1, remindDaysBefore);
    }
}
