package vn.thidua.load;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the load suite counts: percentiles, errors by outcome, and how a Faces partial response is read. */
class RecorderTest {

    @Test
    void nearestRankPercentiles() {
        List<Long> hundred = new java.util.ArrayList<>();
        for (long i = 1; i <= 100; i++) {
            hundred.add(i);
        }
        assertEquals(50, Recorder.percentile(hundred, 50));
        assertEquals(95, Recorder.percentile(hundred, 95));
        assertEquals(99, Recorder.percentile(hundred, 99));
        assertEquals(7, Recorder.percentile(List.of(7L), 99));
        assertEquals(0, Recorder.percentile(List.of(), 95));
        // 3 values: p50 is the 2nd (rank ceil(1.5)), p95 the 3rd
        assertEquals(20, Recorder.percentile(List.of(10L, 20L, 30L), 50));
        assertEquals(30, Recorder.percentile(List.of(10L, 20L, 30L), 95));
    }

    @Test
    void serverErrorsAreFiveHundredsExceptionsAndNoAnswer() {
        Recorder r = new Recorder();
        long t = System.nanoTime();
        r.record("sign-in", t, "302");
        r.record("sign-in", t, "500");
        r.record("sign-in", t, "200 refused");
        r.record("submit", t, "200 exception");
        r.record("submit", t, "200 done");
        r.record("submit", t, "io-error HttpTimeoutException");
        r.record("sign", t, "400");
        r.stop();
        assertEquals(3, r.serverErrors());
        assertEquals(7, r.count());
        Recorder.Line signIn = r.lines().stream().filter(l -> l.name().equals("sign-in")).findFirst().orElseThrow();
        assertEquals(3, signIn.count());
        assertEquals(1, signIn.serverErrors());
        assertEquals(1, signIn.outcomes().get("500"));
        String table = r.table();
        assertTrue(table.contains("| sign-in | 3 |"), table);
        assertTrue(table.contains("**500: 1**"), table);
        assertFalse(table.contains("**400"), table);
    }

    @Test
    void aPartialResponseIsReadForWhatHappened() {
        assertEquals("exception", WebUser.partialOutcome(answer(200, "<partial-response><error><error-name>jakarta.persistence."
                + "OptimisticLockException</error-name></error></partial-response>")));
        assertEquals("refused", WebUser.partialOutcome(answer(200, "<partial-response><changes><update id=\"messages\"><![CDATA["
                + "<div class=\"ui-messages-error ui-corner-all\">Báo cáo đã nộp</div>]]></update></changes></partial-response>")));
        assertEquals("done", WebUser.partialOutcome(answer(200, "<partial-response><changes><update id=\"messages\"><![CDATA["
                + "<div class=\"ui-messages-info ui-corner-all\">Đã nộp</div>]]></update></changes></partial-response>")));
        assertEquals("", WebUser.partialOutcome(answer(200, "<partial-response><changes/></partial-response>")));
        assertEquals("", WebUser.partialOutcome(answer(500, "<html>error</html>")));
        assertTrue(new WebUser.Answer(200, "200 done", "", null).ok());
        assertFalse(new WebUser.Answer(200, "200 refused", "", null).ok());
        assertFalse(new WebUser.Answer(200, "200 login page", "", null).ok());
        assertFalse(new WebUser.Answer(500, "500", "", null).ok());
    }

    private static WebUser.Answer answer(int status, String body) {
        return new WebUser.Answer(status, String.valueOf(status), body, null);
    }
}
