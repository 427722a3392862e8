package vn.thidua.review;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.thidua.shared.files.StoredFile;

/** Minh chứng: a file (checked by content, kept in the database) backing a self-score. */
@Entity
@Table(name = "review_evidence")
public class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "score_id", updatable = false)
    private ReviewScore score;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stored_file_id", updatable = false)
    private StoredFile file;

    protected Evidence() {
    }

    Evidence(ReviewScore score, StoredFile file) {
        this.score = score;
        this.file = file;
    }

    public Long getId() {
        return id;
    }

    public ReviewScore getScore() {
        return score;
    }

    public StoredFile getFile() {
        return file;
    }
}
