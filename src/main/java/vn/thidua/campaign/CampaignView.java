package vn.thidua.campaign;

import java.io.Serializable;
import java.time.LocalDate;

/** A campaign as lists, headers and the API show it. */
public final class CampaignView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final int year;
    private final String name;
    private final long organiserId;
    private final String organiserCode;
    private final String organiserName;
    private final String organiserPath;
    private final LocalDate startsOn;
    private final LocalDate endsOn;
    private final CampaignStatus status;
    private final long clusterCount;

    public CampaignView(long id, int year, String name, long organiserId, String organiserCode, String organiserName,
                        String organiserPath, LocalDate startsOn, LocalDate endsOn, CampaignStatus status, long clusterCount) {
        this.id = id;
        this.year = year;
        this.name = name;
        this.organiserId = organiserId;
        this.organiserCode = organiserCode;
        this.organiserName = organiserName;
        this.organiserPath = organiserPath;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.status = status;
        this.clusterCount = clusterCount;
    }

    public long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getName() {
        return name;
    }

    public long getOrganiserId() {
        return organiserId;
    }

    public String getOrganiserCode() {
        return organiserCode;
    }

    public String getOrganiserName() {
        return organiserName;
    }

    public String getOrganiserPath() {
        return organiserPath;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public boolean isClosed() {
        return status == CampaignStatus.CLOSED;
    }

    public long getClusterCount() {
        return clusterCount;
    }
}
