package vn.thidua.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.thidua.shared.Names;
import vn.thidua.shared.RuleViolation;

import java.util.regex.Pattern;

/**
 * Danh hiệu thi đua / hình thức khen thưởng in the catalogue that units register for with their pledge (Cờ thi đua,
 * Bằng khen, Giấy khen, Tập thể lao động xuất sắc …). Rules: the code is a stable slug, unique; names are unique per
 * kind; an award is never deleted (registrations point at it), only withdrawn from the choices.
 */
@Entity
@Table(name = "award")
public class Award {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AwardKind kind;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Award() {
    }

    public Award(String code, String name, AwardKind kind, int sortOrder) {
        String slug = code == null ? "" : code.strip().toLowerCase(java.util.Locale.ROOT);
        RuleViolation.require(CODE.matcher(slug).matches(), "award.error.badCode");
        RuleViolation.require(kind != null, "error.required", "kind");
        this.code = slug;
        this.kind = kind;
        describe(name, sortOrder);
    }

    public void describe(String newName, int newSortOrder) {
        this.name = Names.required(newName, 200, "name");
        this.sortOrder = newSortOrder;
    }

    public void withdraw() {
        this.active = false;
    }

    public void restore() {
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public AwardKind getKind() {
        return kind;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }
}
