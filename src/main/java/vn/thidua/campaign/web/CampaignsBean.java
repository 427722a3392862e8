package vn.thidua.campaign.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.thidua.campaign.CampaignQueries;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignView;
import vn.thidua.organisation.UnitNode;
import vn.thidua.organisation.UnitQueries;
import vn.thidua.security.CurrentActor;
import vn.thidua.shared.web.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The campaigns the user may see; staff create one, or copy last year's. */
@Named
@ViewScoped
public class CampaignsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignQueries queries;

    @Inject
    CampaignService service;

    @Inject
    UnitQueries units;

    @Inject
    CurrentActor current;

    private List<CampaignView> rows;
    private UnitNode organiser;
    private int year = LocalDate.now().getYear();
    private String name;
    private LocalDate startsOn = LocalDate.of(LocalDate.now().getYear(), 1, 1);
    private LocalDate endsOn = LocalDate.of(LocalDate.now().getYear(), 12, 31);

    @PostConstruct
    void load() {
        rows = queries.list(current.get());
        if (organiser == null && current.get().getUnitId() != null) {
            organiser = units.node(current.get().getUnitId()).orElse(null);
        }
    }

    public void create() {
        Long organiserId = organiser == null ? null : organiser.getId();
        if (organiserId == null) {
            Messages.error("error.required", "organiser");
            return;
        }
        if (Messages.attempt(() -> service.create(current.get(), organiserId, year, name, startsOn, endsOn))) {
            Messages.info("campaign.created", name);
            name = null;
            load();
        }
    }

    public void copy(CampaignView row) {
        if (Messages.attempt(() -> service.copyToNextYear(current.get(), row.getId()))) {
            Messages.info("campaign.copied", row.getName(), String.valueOf(row.getYear() + 1));
            load();
        }
    }

    public boolean canManage(CampaignView row) {
        return current.get().canManage(row.getOrganiserPath());
    }

    public boolean isStaff() {
        return current.get().isAdmin() || current.get().isStaff();
    }

    public List<UnitNode> completeOrganiser(String text) {
        return units.search(current.get(), text, null, null, 0, 20);
    }

    public List<CampaignView> getRows() {
        return rows;
    }

    public UnitNode getOrganiser() {
        return organiser;
    }

    public void setOrganiser(UnitNode organiser) {
        this.organiser = organiser;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
