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

    @Inject
    vn.thidua.tally.HamletRatingQueries ratingQueries;

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
    private vn.thidua.tally.TargetOutcome.Counts summary;
    private java.util.List<vn.thidua.tally.TargetOutcome.TargetLine> summaryByTarget;
    private java.util.List<vn.thidua.tally.HamletRatingQueries.Level> ratings;
    private java.util.List<TallyView.TargetHead> targetOptions;

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
        // the summary over everything shown (the whole campaign, or the cluster chosen), not only this page's clusters
        summary = vn.thidua.tally.TargetOutcome.total(view.getClusters());
        summaryByTarget = vn.thidua.tally.TargetOutcome.byTarget(view.getClusters());
        java.util.Set<Long> communes = new java.util.LinkedHashSet<>();
        view.getClusters().forEach(c -> c.getUnits().forEach(u -> communes.add(u.getUnitId())));
        ratings = ratingQueries.distribution(campaign, communes);
        java.util.Map<String, TallyView.TargetHead> heads = new java.util.LinkedHashMap<>();
        all.getClusters().forEach(c -> c.getTargets().forEach(h -> heads.putIfAbsent(h.getCode(), h)));
        targetOptions = java.util.List.copyOf(heads.values());
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

    /** Targets met, not met and incomplete over every cluster shown (all pages): the whole-campaign row. */
    public vn.thidua.tally.TargetOutcome.Counts getSummary() {
        return summary;
    }

    /** The same per target: how many clusters met each. */
    public java.util.List<vn.thidua.tally.TargetOutcome.TargetLine> getSummaryByTarget() {
        return summaryByTarget;
    }

    /** The hamlet committees' ratings over the communes shown, best level first, then those not rated. */
    public java.util.List<vn.thidua.tally.HamletRatingQueries.Level> getRatings() {
        return ratings;
    }

    public long getRatingsTotal() {
        return ratings.stream().mapToLong(vn.thidua.tally.HamletRatingQueries.Level::getCount).sum();
    }

    /** The targets for the filter, by name (a code is for files and the API). */
    public java.util.List<TallyView.TargetHead> getTargetOptions() {
        return targetOptions;
    }

    /** Chart.js configuration: targets met / not met / incomplete of this page's clusters. */
    public String getTargetsChart() {
        return TallyCharts.targetsPerCluster(shown.stream().filter(TallyView.ClusterTally::isPledged).toList(), this::label);
    }

    public String getRatingsChart() {
        return TallyCharts.ratings(ratings, this::label);
    }

    /** How tall the targets chart is: a bar per cluster of the page, readable at any count. */
    public String getTargetsChartSize() {
        long n = shown.stream().filter(TallyView.ClusterTally::isPledged).count();
        return n <= 4 ? "td-chart-s" : n <= 10 ? "td-chart-m" : "td-chart-l";
    }

    private String label(String key) {
        jakarta.faces.context.FacesContext context = jakarta.faces.context.FacesContext.getCurrentInstance();
        java.util.ResourceBundle msg = context.getApplication().getResourceBundle(context, "msg");
        return msg.containsKey(key) ? msg.getString(key) : key;
    }
}
