package vn.thidua.notification;

import java.time.Instant;

/** One delivery attempt as administrators see it: which message, when, the outcome, the server's answer, which instance. */
public class AttemptRow {

    private final long messageId;
    private final String recipient;
    private final Instant attemptedAt;
    private final String outcome;
    private final String serverReply;
    private final String instance;

    public AttemptRow(long messageId, String recipient, Instant attemptedAt, String outcome, String serverReply, String instance) {
        this.messageId = messageId;
        this.recipient = recipient;
        this.attemptedAt = attemptedAt;
        this.outcome = outcome;
        this.serverReply = serverReply;
        this.instance = instance;
    }

    public long getMessageId() {
        return messageId;
    }

    public String getRecipient() {
        return recipient;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getServerReply() {
        return serverReply;
    }

    public String getInstance() {
        return instance;
    }
}
