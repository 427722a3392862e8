package vn.thidua.award.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.thidua.award.AwardKind;
import vn.thidua.award.AwardService;
import vn.thidua.award.AwardView;
import vn.thidua.security.CurrentActor;
import vn.thidua.shared.web.Messages;

import java.io.Serializable;
import java.util.List;

/** The catalogue of titles and commendations, maintained by staff. */
@Named
@ViewScoped
public class AwardsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AwardService service;

    @Inject
    CurrentActor current;

    private List<AwardView> awards;
    private String code;
    private String name;
    private AwardKind kind = AwardKind.TITLE;
    private int sortOrder = 100;
    private AwardView editing;
    private boolean requiresRegistration;
    private String minLevelCode;
    private String requiredTargets;
    private Integer maxPerCluster;
    private boolean requiresVoteWinner;

    public void load() {
        awards = service.all();
    }

    public void add() {
        if (Messages.attempt(() -> service.add(current.get(), code, name, kind, sortOrder))) {
            Messages.info("award.added", name);
            code = null;
            name = null;
        }
        load();
    }

    public void toggle(AwardView award) {
        if (Messages.attempt(() -> service.setActive(current.get(), award.getId(), !award.isActive()))) {
            Messages.info(award.isActive() ? "award.withdrawn" : "award.restored", award.getName());
        }
        load();
    }

    /** Opens the conditions of one award for editing. */
    public void editConditions(AwardView award) {
        editing = award;
        requiresRegistration = award.isRequiresRegistration();
        minLevelCode = award.getMinLevelCode();
        requiredTargets = award.getRequiredTargets();
        maxPerCluster = award.getMaxPerCluster();
        requiresVoteWinner = award.isRequiresVoteWinner();
    }

    public void saveConditions() {
        AwardView award = editing;
        if (award != null && Messages.attempt(() -> service.setConditions(current.get(), award.getId(), requiresRegistration,
                minLevelCode, requiredTargets, maxPerCluster, requiresVoteWinner))) {
            Messages.info("award.conditionsSaved", award.getName());
            editing = null;
        }
        load();
    }

    public AwardView getEditing() {
        return editing;
    }

    public boolean isRequiresRegistration() {
        return requiresRegistration;
    }

    public void setRequiresRegistration(boolean requiresRegistration) {
        this.requiresRegistration = requiresRegistration;
    }

    public String getMinLevelCode() {
        return minLevelCode;
    }

    public void setMinLevelCode(String minLevelCode) {
        this.minLevelCode = minLevelCode;
    }

    public String getRequiredTargets() {
        return requiredTargets;
    }

    public void setRequiredTargets(String requiredTargets) {
        this.requiredTargets = requiredTargets;
    }

    public Integer getMaxPerCluster() {
        return maxPerCluster;
    }

    public void setMaxPerCluster(Integer maxPerCluster) {
        this.maxPerCluster = maxPerCluster;
    }

    public boolean isRequiresVoteWinner() {
        return requiresVoteWinner;
    }

    public void setRequiresVoteWinner(boolean requiresVoteWinner) {
        this.requiresVoteWinner = requiresVoteWinner;
    }

    public AwardKind[] getKinds() {
        return AwardKind.values();
    }

    public List<AwardView> getAwards() {
        return awards;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public AwardKind getKind() {
        return kind;
    }

    public void setKind(AwardKind kind) {
        this.kind = kind;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }
}
