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
 * kind; an award is never deleted (registrations point at it), only withdrawn from the choices. Its conditions for a
 * year-end proposal are data too (registered for it, a minimum rating, pledge targets met, honoured by the meeting's
 * vote, at most so many per cluster): the review checks them, staff edit them in the catalogue.
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

    @Column(name = "requires_registration", nullable = false)
    private boolean requiresRegistration;

    @Column(name = "min_level_code", length = 16)
    private String minLevelCode;

    /** "*" for every pledge target that applies to the unit, or target codes separated by commas. */
    @Column(name = "required_targets", length = 400)
    private String requiredTargets;

    @Column(name = "max_per_cluster")
    private Integer maxPerCluster;

    @Column(name = "requires_vote_winner", nullable = false)
    private boolean requiresVoteWinner;

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

    /** Sets the conditions of a proposal for this award; blank means "no such condition". */
    public void setConditions(boolean registration, String minLevel, String targets, Integer perCluster, boolean voteWinner) {
        String level = minLevel == null || minLevel.isBlank() ? null : minLevel.strip().toUpperCase(java.util.Locale.ROOT);
        RuleViolation.require(level == null || level.matches("[A-Z0-9_-]{1,16}"), "award.error.badLevel");
        String codes = targets == null || targets.isBlank() ? null : targets.replaceAll("\\s+", "");
        RuleViolation.require(codes == null || codes.equals("*") || codes.matches("[A-Za-z0-9_.-]+(,[A-Za-z0-9_.-]+)*"),
                "award.error.badTargets");
        RuleViolation.require(codes == null || codes.length() <= 400, "award.error.badTargets");
        RuleViolation.require(perCluster == null || (perCluster >= 1 && perCluster <= 1000), "award.error.badLimit");
        this.requiresRegistration = registration;
        this.minLevelCode = level;
        this.requiredTargets = codes;
        this.maxPerCluster = perCluster;
        this.requiresVoteWinner = voteWinner;
    }

    public boolean isRequiresRegistration() {
        return requiresRegistration;
    }

    public String getMinLevelCode() {
        return minLevelCode;
    }

    public String getRequiredTargets() {
        return requiredTargets;
    }

    public Integer getMaxPerCluster() {
        return maxPerCluster;
    }

    public boolean isRequiresVoteWinner() {
        return requiresVoteWinner;
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
