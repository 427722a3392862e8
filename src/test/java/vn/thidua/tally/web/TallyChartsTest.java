package vn.thidua.tally.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.thidua.tally.HamletRatingQueries;
import vn.thidua.tally.Status;
import vn.thidua.tally.TallyFixtures;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TallyChartsTest {

    @Test
    void longNamesAreCutBetweenWordsSoThatAPhoneShowsThemWhole() {
        assertEquals(List.of("Hoàn thành xuất", "sắc nhiệm vụ"), TallyCharts.lines("Hoàn thành xuất sắc nhiệm vụ").build()
                .getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(List.of("Tốt"), TallyCharts.lines("Tốt").build().getValuesAs(jakarta.json.JsonString::getString));
    }

    @Test
    void eachClusterCountsItsTargetsInTheStatusColoursAndNamesStayJson() {
        JsonObject chart = Json.createReader(new StringReader(
                TallyCharts.targetsPerCluster(List.of(TallyFixtures.cluster()), key -> "[" + key + "]"))).readObject();
        var data = chart.getJsonObject("data");
        assertEquals("Cụm <1>", data.getJsonArray("labels").getJsonArray(0).getString(0), "the name, escaped as JSON only");
        var sets = data.getJsonArray("datasets");
        assertEquals("[tally.status.met]", sets.getJsonObject(0).getString("label"));
        assertEquals(TallyCharts.colour(Status.NOT_MET), sets.getJsonObject(1).getString("backgroundColor"));
        assertEquals(2, sets.getJsonObject(2).getJsonArray("data").getInt(0), "both targets incomplete");
    }

    @Test
    void theRatingsChartPutsTheUnratedInTheIncompleteColour() {
        JsonObject chart = Json.createReader(new StringReader(TallyCharts.ratings(List.of(
                new HamletRatingQueries.Level("HTT", "Tốt", 7), new HamletRatingQueries.Level(null, null, 3)),
                key -> "[" + key + "]"))).readObject();
        var set = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
        assertEquals(List.of(7, 3), set.getJsonArray("data").getValuesAs(jakarta.json.JsonNumber::intValue));
        assertEquals(TallyCharts.colour(Status.INCOMPLETE), set.getJsonArray("backgroundColor").getString(1));
        assertEquals("[tally.unrated]", chart.getJsonObject("data").getJsonArray("labels").getJsonArray(1).getString(0));
    }
}
