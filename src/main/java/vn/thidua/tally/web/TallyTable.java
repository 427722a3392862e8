package vn.thidua.tally.web;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import vn.thidua.tally.TallyView;

import java.io.IOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;

/**
 * One cluster's table on the tally page ({@code <td:tallyTable cluster="…" view="…"/>}): a row per member, a cell per
 * target, the cluster row at the foot. Written in one go rather than as nested {@code ui:repeat}s: a leader's table has
 * some 70 cells, and as components (an iteration, a fragment and several expressions per cell) they were half of the
 * page's cost at 20 concurrent leaders (docs/performance.md). Every text and attribute goes through the response
 * writer, which escapes it; labels come from the page's {@code msg} bundle.
 */
@FacesComponent(createTag = true, tagName = "tallyTable", namespace = TallyTable.NAMESPACE)
public class TallyTable extends UIComponentBase {

    public static final String NAMESPACE = "thidua.tally";
    private static final String FAMILY = "vn.thidua.tally";

    @Override
    public String getFamily() {
        return FAMILY;
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        TallyView.ClusterTally cluster = (TallyView.ClusterTally) getAttributes().get("cluster");
        TallyView view = (TallyView) getAttributes().get("view");
        if (cluster == null || view == null) {
            return;
        }
        ResourceBundle msg = context.getApplication().getResourceBundle(context, "msg");
        String results = context.getExternalContext().getRequestContextPath() + "/assessment/results.xhtml?campaign="
                + view.getCampaignId() + "&unit=";
        write(context.getResponseWriter(), cluster, view.getPreviousYear(), results,
                key -> msg.containsKey(key) ? msg.getString(key) : "???" + key + "???", context.getViewRoot().getLocale());
    }

    /**
     * The table's markup, the same as the page's template wrote it: {@code results} is the link to a unit's results
     * without the unit's id; {@code label} gives a message by key; thresholds are written with the locale's digit
     * grouping (a quota of 50.000.000 đồng, not 50000000).
     */
    static void write(ResponseWriter out, TallyView.ClusterTally cluster, String previousYear, String results,
                      UnaryOperator<String> label, Locale locale) throws IOException {
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(2);
        List<TallyView.TargetHead> targets = cluster.getTargets();
        out.startElement("div", null);
        out.writeAttribute("class", "td-scroll", null);
        out.startElement("table", null);
        out.writeAttribute("class", "td-tally-table", null);

        out.startElement("thead", null);
        out.startElement("tr", null);
        header(out, "col", label.apply("unit.name"));
        for (TallyView.TargetHead h : targets) {
            out.startElement("th", null);
            out.writeAttribute("scope", "col", null);
            // the target's name, as the pledge states it: a code is for files and the API, and a tooltip never shows
            // on a touch screen
            boolean named = h.getName() != null && !h.getName().isBlank();
            span(out, named ? "td-tally-name" : "td-tally-code", headName(h));
            out.startElement("br", null);
            out.endElement("br");
            boolean share = "RATED_SHARE".equals(h.getKind()) || "PEOPLE_SHARE".equals(h.getKind());
            span(out, "td-muted", ("RATED_COUNT_AT_MOST".equals(h.getKind()) ? "≤ " : "≥ ") + number(numbers, h.getThreshold())
                    + (share ? " %" : ""));
            out.endElement("th");
        }
        out.endElement("tr");
        out.endElement("thead");

        out.startElement("tbody", null);
        for (TallyView.UnitRow u : cluster.getUnits()) {
            out.startElement("tr", null);
            out.startElement("th", null);
            out.writeAttribute("scope", "row", null);
            out.startElement("a", null);
            out.writeURIAttribute("href", results + u.getUnitId(), null);
            out.writeText(u.getName(), null);
            out.endElement("a");
            out.endElement("th");
            for (int i = 0; i < u.getCells().size(); i++) {
                TallyView.Cell cell = u.getCells().get(i);
                out.startElement("td", null);
                out.writeAttribute("class", "td-cell td-cell-" + cell.getTone(), null);
                // on a phone the table becomes a card per unit: each cell says which target it is (hidden on a desktop,
                // where the column heading says it)
                span(out, "td-cell-target", headName(targets.get(i)));
                if (cell.isApplies()) {
                    span(out, "td-cell-status", label.apply("tally.status." + cell.getStatus()));
                    String shown = shown(numbers, cell);
                    span(out, "td-cell-value", cell.getMissing() > 0
                            ? shown + " · " + label.apply("tally.missing") + " " + cell.getMissing() : shown);
                    if (cell.getPrevious() != null && !cell.getPrevious().isEmpty()) {
                        span(out, "td-previous", previousYear + ": " + label.apply("tally.status." + cell.getPrevious()));
                    }
                }
                out.endElement("td");
            }
            out.endElement("tr");
        }
        out.endElement("tbody");

        out.startElement("tfoot", null);
        out.startElement("tr", null);
        header(out, "row", label.apply("tally.cluster"));
        List<TallyView.Cell> foot = cluster.getCluster();
        for (int i = 0; i < foot.size(); i++) {
            TallyView.Cell cell = foot.get(i);
            out.startElement("td", null);
            out.writeAttribute("class", "td-cell td-cell-" + cell.getTone(), null);
            span(out, "td-cell-target", headName(targets.get(i)));
            if (cell.isApplies()) {
                span(out, "td-cell-status", label.apply("tally.status." + cell.getStatus()));
                span(out, "td-cell-value", shown(numbers, cell));
            } else {
                // an "each member" target: how many members meet it
                TallyView.TargetHead h = targets.get(i);
                span(out, "td-cell-value", h.getUnitsMet() + "/" + h.getUnitsEvaluated() + " " + label.apply("tally.unitsMet"));
            }
            out.endElement("td");
        }
        out.endElement("tr");
        out.endElement("tfoot");

        out.endElement("table");
        out.endElement("div");
    }

    /** The cell's figure as the locale writes numbers: "113,8 %", "45.000.000" in Vietnamese, like the thresholds. */
    static String shown(NumberFormat numbers, TallyView.Cell cell) {
        String percent = cell.getPercent();
        if (percent != null && !percent.isEmpty()) {
            return number(numbers, percent) + " %";
        }
        return cell.getShown() == null ? "" : number(numbers, cell.getShown());
    }

    private static String headName(TallyView.TargetHead h) {
        return h.getName() != null && !h.getName().isBlank() ? h.getName() : h.getCode();
    }

    static String number(NumberFormat numbers, String value) {
        try {
            return value == null ? "" : numbers.format(new BigDecimal(value.strip()));
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private static void header(ResponseWriter out, String scope, String text) throws IOException {
        out.startElement("th", null);
        out.writeAttribute("scope", scope, null);
        out.writeText(text, null);
        out.endElement("th");
    }

    private static void span(ResponseWriter out, String styleClass, String text) throws IOException {
        out.startElement("span", null);
        out.writeAttribute("class", styleClass, null);
        out.writeText(text, null);
        out.endElement("span");
    }
}
