package vn.thidua.tally.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.thidua.security.CurrentActor;
import vn.thidua.tally.TallyQueries;
import vn.thidua.tally.TallyView;

import java.io.Serializable;

/**
 * "Kết quả thực hiện chỉ tiêu": each target against its actual, per unit and per cluster, in the reader's scope.
 * Request-scoped: the page is read with GET only (its filter is a plain GET form), so nothing is kept between requests.
 */
@Named
@RequestScoped
public class TallyBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TallyQueries queries;

    @Inject
    CurrentActor current;

    private Long campaign;
    private Long cluster;
    private String target;
    static final int PAGE = 20;

    private TallyView all;
    private Integer page;
    private int pages;
    private java.util.List<TallyView.ClusterTally> shown;
    private java.util.List<TallyView.ClusterTally> options;
    private TallyView view;

    public String load() {
        all = campaign == null ? null : queries.campaign(current.get(), campaign, cluster).orElse(null);
        if (all == null) {
            return "/error.xhtml?faces-redirect=true";
        }
        view = all.filtered(null, target);
        // a national campaign has hundreds of clusters: show them a page at a time (the API and exports give all)
        pages = Math.max(1, (view.getClusters().size() + PAGE - 1) / PAGE);
        page = Math.min(Math.max(1, page == null ? 1 : page), pages);
        int from = (page - 1) * PAGE;
        shown = view.getClusters().subList(from, Math.min(view.getClusters().size(), from + PAGE));
        // a chair sees one cluster: offering the country's 351 names would only weigh the page down
        options = current.get().isChair() ? all.getClusters() : queries.clusters(current.get(), campaign);
        return null;
    }

    /** The tally as computed (one cluster, or all), before the target filter: its target codes feed the filter. */
    public TallyView getAll() {
        return all;
    }

    public java.util.List<TallyView.ClusterTally> getOptions() {
        return options;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public int getPages() {
        return pages;
    }

    /** The clusters of the current page. */
    public java.util.List<TallyView.ClusterTally> getShown() {
        return shown;
    }

    public Long getCluster() {
        return cluster;
    }

    public void setCluster(Long cluster) {
        this.cluster = cluster;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public Long getCampaign() {
        return campaign;
    }

    public void setCampaign(Long campaign) {
        this.campaign = campaign;
    }

    public TallyView getView() {
        return view;
    }
}
