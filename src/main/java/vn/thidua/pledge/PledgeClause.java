package vn.thidua.pledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.thidua.shared.Names;
import vn.thidua.shared.RuleViolation;
import vn.thidua.shared.text.LightText;

/**
 * Nội dung giao ước: a numbered clause. The number is its position (Điều 1, 2 …); the body is plain text with light
 * formatting ({@link LightText}), stored cleaned and rendered escaped.
 */
@Entity
@Table(name = "pledge_clause")
public class PledgeClause {

    static final int MAX_BODY = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id", updatable = false)
    private PledgeVersion version;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    protected PledgeClause() {
    }

    PledgeClause(PledgeVersion version, int position, String title, String body) {
        this.version = version;
        this.position = position;
        edit(title, body);
    }

    void edit(String newTitle, String newBody) {
        this.title = Names.required(newTitle, 300, "title");
        String cleaned = LightText.clean(newBody);
        RuleViolation.require(!cleaned.isEmpty(), "error.required", "body");
        RuleViolation.require(cleaned.length() <= MAX_BODY, "error.tooLong", "body", MAX_BODY);
        this.body = cleaned;
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }
}
