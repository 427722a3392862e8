package vn.thidua.assessment;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One commune's year-end results as its page shows them: its hamlet committees with their ratings, its own rating
 * (entered by staff), the figures of its cluster's quantity, people and done targets, the report's state and what the
 * reader may do. Plain classes with getters.
 */
public class ResultSheet implements Serializable {

    private static final long serialVersionUID = 1L;

    long campaignId;
    String campaignName;
    long unitId;
    String unitCode;
    String unitName;
    String clusterName;
    long clusterId;
    ReportStatus status = ReportStatus.DRAFT;
    String reason;
    String updatedBy;
    String updatedAt;
    boolean published;
    boolean canEdit;
    boolean canRateCommune;
    boolean canSubmit;
    boolean canReturn;
    boolean canAccept;
    boolean canReopen;
    boolean canPublish;
    String communeLevel;
    List<Level> levels = new ArrayList<>();
    List<RatingRow> hamlets = new ArrayList<>();
    List<FigureRow> figures = new ArrayList<>();
    List<ChangeRow> changes = new ArrayList<>();

    public long getCampaignId() {
        return campaignId;
    }

    public String getCampaignName() {
        return campaignName;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getClusterName() {
        return clusterName;
    }

    public long getClusterId() {
        return clusterId;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public String getUpdatedAt() {
        return updatedAt;
    }

    public boolean isPublished() {
        return published;
    }

    public boolean isCanEdit() {
        return canEdit;
    }

    public boolean isCanRateCommune() {
        return canRateCommune;
    }

    public boolean isCanSubmit() {
        return canSubmit;
    }

    public boolean isCanReturn() {
        return canReturn;
    }

    public boolean isCanAccept() {
        return canAccept;
    }

    public boolean isCanReopen() {
        return canReopen;
    }

    public boolean isCanPublish() {
        return canPublish;
    }

    public String getCommuneLevel() {
        return communeLevel;
    }

    public void setCommuneLevel(String communeLevel) {
        this.communeLevel = communeLevel;
    }

    public List<Level> getLevels() {
        return levels;
    }

    public List<RatingRow> getHamlets() {
        return hamlets;
    }

    public List<FigureRow> getFigures() {
        return figures;
    }

    public List<ChangeRow> getChanges() {
        return changes;
    }

    public int getRatedCount() {
        return (int) hamlets.stream().filter(h -> h.levelCode != null && !h.levelCode.isEmpty()).count();
    }

    public static class Level implements Serializable {
        private static final long serialVersionUID = 1L;
        String code;
        String name;

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }
    }

    /** A hamlet committee and its rating (editable in the grid). */
    public static class RatingRow implements Serializable {
        private static final long serialVersionUID = 1L;
        long unitId;
        String code;
        String name;
        String levelCode;

        public long getUnitId() {
            return unitId;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public String getLevelCode() {
            return levelCode;
        }

        public void setLevelCode(String levelCode) {
            this.levelCode = levelCode;
        }
    }

    /** A target whose figure the commune enters: an amount, "reached/total" people, or done. */
    public static class FigureRow implements Serializable {
        private static final long serialVersionUID = 1L;
        String code;
        String name;
        String kind;
        String hint;
        String value;

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public String getKind() {
            return kind;
        }

        public String getHint() {
            return hint;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }
    }

    public static class ChangeRow implements Serializable {
        private static final long serialVersionUID = 1L;
        String at;
        String by;
        String what;
        String unitName;
        String oldValue;
        String newValue;
        String reason;

        public String getAt() {
            return at;
        }

        public String getBy() {
            return by;
        }

        public String getWhat() {
            return what;
        }

        /** The unit the value is about (a hamlet committee or the commune); null for workflow steps. */
        public String getUnitName() {
            return unitName;
        }

        public boolean isStep() {
            return "status".equals(what);
        }

        public String getOldValue() {
            return oldValue;
        }

        public String getNewValue() {
            return newValue;
        }

        public String getReason() {
            return reason;
        }
    }
}
