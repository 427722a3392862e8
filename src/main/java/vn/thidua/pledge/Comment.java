package vn.thidua.pledge;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.thidua.shared.InstantConverter;
import vn.thidua.shared.RuleViolation;
import vn.thidua.shared.text.LightText;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Góp ý (comment) of a member unit on a draft under discussion: on the whole pledge, a clause or a target. Rules:
 * plain text (rendered escaped), 1–4,000 characters; it records the revision it was made on.
 */
@Entity
@Table(name = "pledge_comment")
public class Comment {

    private static final Pattern ANCHOR = Pattern.compile("general|clause:[0-9]{1,4}|target:[a-z0-9-]{2,40}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_id", nullable = false, updatable = false)
    private Long versionId;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(name = "author_name", nullable = false, updatable = false, length = 200)
    private String authorName;

    @Column(nullable = false, updatable = false, length = 60)
    private String anchor;

    @Column(nullable = false, updatable = false, columnDefinition = "TEXT")
    private String body;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Comment() {
    }

    public Comment(PledgeVersion version, long unitId, long accountId, String authorName, String anchor, String body, Instant at) {
        RuleViolation.require(version.getStatus() == PledgeStatus.DISCUSSION, "comment.error.notInDiscussion");
        String a = anchor == null || anchor.isBlank() ? "general" : anchor;
        RuleViolation.require(ANCHOR.matcher(a).matches(), "comment.error.anchor");
        String text = LightText.clean(body);
        RuleViolation.require(!text.isEmpty(), "error.required", "body");
        RuleViolation.require(text.length() <= 4000, "error.tooLong", "body", 4000);
        this.versionId = version.getId();
        this.revision = version.getRevision();
        this.unitId = unitId;
        this.accountId = accountId;
        this.authorName = authorName;
        this.anchor = a;
        this.body = text;
        this.createdAt = at;
    }

    public Long getId() {
        return id;
    }

    public int getRevision() {
        return revision;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAnchor() {
        return anchor;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
