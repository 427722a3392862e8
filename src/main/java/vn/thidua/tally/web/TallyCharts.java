package vn.thidua.tally.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import vn.thidua.tally.HamletRatingQueries;
import vn.thidua.tally.Status;
import vn.thidua.tally.TallyView;
import vn.thidua.tally.TargetOutcome;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The tally page's two charts as Chart.js configurations for PrimeFaces' {@code p:chart}: the targets met / not met /
 * incomplete of each cluster (stacked bars), and how the hamlet committees were rated. Each status keeps one colour
 * everywhere ({@link #colour}): the same hue as the table's cells and the home page's tags, a shade dark enough for
 * 3:1 against white; the legend and the figures beside the charts give every value in words too. Built with JSON-P,
 * so that names (typed by staff) are escaped as JSON.
 */
final class TallyCharts {

    private TallyCharts() {
    }

    /** The solid colour of a status in charts: green met, red not met, amber incomplete, grey not applicable. */
    static String colour(Status status) {
        return switch (status) {
            case MET -> "#2e7d32";
            case NOT_MET -> "#c62828";
            case INCOMPLETE -> "#a15c00";
            case NOT_APPLICABLE -> "#6b7280";
        };
    }

    static String targetsPerCluster(List<TallyView.ClusterTally> clusters, UnaryOperator<String> label) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        JsonArrayBuilder met = Json.createArrayBuilder();
        JsonArrayBuilder notMet = Json.createArrayBuilder();
        JsonArrayBuilder incomplete = Json.createArrayBuilder();
        for (TallyView.ClusterTally c : clusters) {
            TargetOutcome.Counts counts = TargetOutcome.of(c);
            names.add(lines(c.getName()));
            met.add(counts.getMet());
            notMet.add(counts.getNotMet());
            incomplete.add(counts.getIncomplete());
        }
        JsonArrayBuilder sets = Json.createArrayBuilder()
                .add(dataset(label.apply("tally.status.met"), met, colour(Status.MET)))
                .add(dataset(label.apply("tally.status.not_met"), notMet, colour(Status.NOT_MET)))
                .add(dataset(label.apply("tally.status.incomplete"), incomplete, colour(Status.INCOMPLETE)));
        return config(names, sets, true);
    }

    static String ratings(List<HamletRatingQueries.Level> levels, UnaryOperator<String> label) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (HamletRatingQueries.Level l : levels) {
            names.add(lines(l.isUnrated() ? label.apply("tally.unrated") : l.getName()));
            counts.add(l.getCount());
            // a rating is not a status: one neutral colour, the committees not rated yet in the "incomplete" amber
            colours.add(l.isUnrated() ? colour(Status.INCOMPLETE) : "#37474f");
        }
        JsonArrayBuilder sets = Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", label.apply("tally.chartRatings")).add("data", counts).add("backgroundColor", colours));
        return config(names, sets, false);
    }

    /**
     * A long name on lines of about {@link #LINE} characters, cut between words (Chart.js draws an array as several
     * lines): "Hoàn thành xuất sắc nhiệm vụ" otherwise loses its start on a phone.
     */
    static JsonArrayBuilder lines(String name) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : (name == null ? "" : name).split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        return lines.add(line.toString());
    }

    static final int LINE = 18;

    private static JsonObjectBuilder dataset(String name, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", name).add("data", data).add("backgroundColor", colour);
    }

    /** Horizontal bars (names stay readable on a 390 px phone), no animation, whole numbers on the axis. */
    private static String config(JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean stacked) {
        JsonObject scales = Json.createObjectBuilder()
                .add("x", Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true)
                        .add("ticks", Json.createObjectBuilder().add("precision", 0).add("color", "#1f2328")))
                .add("y", Json.createObjectBuilder().add("stacked", stacked)
                        .add("ticks", Json.createObjectBuilder().add("color", "#1f2328")))
                .build();
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", "y")
                        .add("animation", false)
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", stacked)
                                        .add("labels", Json.createObjectBuilder().add("color", "#1f2328"))))
                        .add("scales", scales))
                .build().toString();
    }
}
