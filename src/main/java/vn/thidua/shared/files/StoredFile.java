package vn.thidua.shared.files;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import vn.thidua.shared.InstantConverter;

import java.time.Instant;

/**
 * A file kept by the application (a scan of a paper-signed page, an issued pledge document). Kept in the database:
 * outside the web root, saved in the same transaction as the record that uses it, and served only by servlets that
 * check who asks. Never changed once stored.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "content_type", nullable = false, updatable = false, length = 64)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(name = "file_name", nullable = false, updatable = false, length = 200)
    private String fileName;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by_account_id", updatable = false)
    private Long createdBy;

    protected StoredFile() {
    }

    public StoredFile(String fileName, String contentType, byte[] content, String sha256, Long createdBy, Instant at) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content.clone();
        this.size = content.length;
        this.sha256 = sha256;
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getSha256() {
        return sha256;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getFileName() {
        return fileName;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
