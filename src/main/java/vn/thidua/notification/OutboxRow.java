package vn.thidua.notification;

import java.time.Instant;

/** A message of the outbox as administrators (and its recipient) see it, with its last attempt's answer. */
public class OutboxRow {

    private final long id;
    private final String kind;
    private final String recipient;
    private final String subject;
    private final String status;
    private final int attempts;
    private final Instant createdAt;
    private final Instant nextAttemptAt;
    private final Instant sentAt;
    private final String lastError;

    public OutboxRow(long id, String kind, String recipient, String subject, String status, int attempts,
                     Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError) {
        this.id = id;
        this.kind = kind;
        this.recipient = recipient;
        this.subject = subject;
        this.status = status;
        this.attempts = attempts;
        this.createdAt = createdAt;
        this.nextAttemptAt = nextAttemptAt;
        this.sentAt = sentAt;
        this.lastError = lastError;
    }

    public long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
