package vn.thidua.pledge;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.thidua.shared.InstantConverter;

import java.time.Instant;

/**
 * Bản sửa (revision) of a draft: a readable snapshot of the whole text and targets after each saved change, kept so
 * that any revision can be compared with the previous one. Never changed.
 */
@Entity
@Table(name = "pledge_revision")
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_id", nullable = false, updatable = false)
    private Long versionId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false, length = 300)
    private String summary;

    @Column(nullable = false, updatable = false, columnDefinition = "LONGTEXT")
    private String content;

    @Column(name = "author_name", nullable = false, updatable = false, length = 200)
    private String authorName;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Revision() {
    }

    public Revision(long versionId, int number, String summary, String content, String authorName, Instant at) {
        this.versionId = versionId;
        this.number = number;
        this.summary = summary.length() > 300 ? summary.substring(0, 300) : summary;
        this.content = content;
        this.authorName = authorName;
        this.createdAt = at;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public String getSummary() {
        return summary;
    }

    public String getContent() {
        return content;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
