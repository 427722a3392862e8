package vn.thidua.dashboard.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.thidua.dashboard.CampaignOverview;
import vn.thidua.dashboard.HomeQueries;
import vn.thidua.notification.DueItem;
import vn.thidua.security.CurrentActor;

import java.util.List;

/**
 * The home page per role: for staff and leaders (and a chair whose unit leads a cluster) how each current campaign
 * stands; for a chair what their unit has to do by when. Read once per request, only what the page shows.
 */
@Named
@RequestScoped
public class HomeBean {

    @Inject
    HomeQueries queries;

    @Inject
    CurrentActor current;

    private List<CampaignOverview> overviews;
    private List<DueItem> due;

    public List<CampaignOverview> getOverviews() {
        if (overviews == null) {
            overviews = current.isSignedIn() ? queries.overview(current.get()) : List.of();
        }
        return overviews;
    }

    /** A chair's deadlines (nothing for other roles: their home page has the campaigns' late lists instead). */
    public List<DueItem> getDue() {
        if (due == null) {
            due = current.isSignedIn() && current.get().isChair() ? queries.dueFor(current.get()) : List.of();
        }
        return due;
    }
}
