package vn.thidua.assessment;

import org.junit.jupiter.api.Test;
import vn.thidua.pledge.TargetKind;
import vn.thidua.shared.AlreadyDone;
import vn.thidua.shared.RuleViolation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ResultValuesTest {

    private static final Map<String, String> SCALE = new LinkedHashMap<>();

    static {
        SCALE.put("HTXS", "Hoàn thành xuất sắc nhiệm vụ");
        SCALE.put("HTT", "Hoàn thành tốt nhiệm vụ");
        SCALE.put("HT", "Hoàn thành nhiệm vụ");
        SCALE.put("KHT", "Không hoàn thành nhiệm vụ");
    }

    private static String key(Runnable r) {
        return assertThrows(RuleViolation.class, r::run).getKey();
    }

    @Test
    void aRatingIsReadByItsCodeOrItsNameInAnyCaseAndNormalForm() {
        assertEquals("HTT", ResultValues.rating(" htt ", SCALE).getLevelCode());
        assertEquals("KHT", ResultValues.rating("không hoàn thành nhiệm vụ", SCALE).getLevelCode());
        String nfd = java.text.Normalizer.normalize("Hoàn thành tốt nhiệm vụ", java.text.Normalizer.Form.NFD);
        assertEquals("HTT", ResultValues.rating(nfd, SCALE).getLevelCode());
        assertEquals("results.error.unknownRating", key(() -> ResultValues.rating("Tốt", SCALE)));
        assertEquals("results.error.unknownRating", key(() -> ResultValues.rating(null, SCALE)));
    }

    @Test
    void amountsArePlainOrVietnameseGroupedNeverNegative() {
        assertEquals(0, new BigDecimal("52000000").compareTo(ResultValues.forTarget(TargetKind.QUANTITY, "52000000").getAmount()));
        assertEquals(0, new BigDecimal("52000000").compareTo(ResultValues.forTarget(TargetKind.QUANTITY, "52.000.000").getAmount()));
        assertEquals(0, new BigDecimal("52000000").compareTo(ResultValues.forTarget(TargetKind.QUANTITY, "52 000 000").getAmount()));
        assertEquals(0, new BigDecimal("1.5").compareTo(ResultValues.forTarget(TargetKind.QUANTITY, "1,5").getAmount()));
        assertEquals(0, new BigDecimal("50.25").compareTo(ResultValues.forTarget(TargetKind.QUANTITY, "50.25").getAmount()));
        assertEquals("results.error.negative", key(() -> ResultValues.forTarget(TargetKind.QUANTITY, "-5")));
        assertEquals("results.error.amount", key(() -> ResultValues.forTarget(TargetKind.QUANTITY, "năm triệu")));
        // three digits after a dot are a thousands group, as Vietnamese write them
        assertEquals(0, new BigDecimal("1234").compareTo(ResultValues.forTarget(TargetKind.QUANTITY, "1.234").getAmount()));
        assertEquals("results.error.valueMissing", key(() -> ResultValues.forTarget(TargetKind.QUANTITY, "  ")));
    }

    @Test
    void peopleAreReachedOverTotalAndDoneIsYesOrNo() {
        ResultValue people = ResultValues.forTarget(TargetKind.PEOPLE_SHARE, "9 / 10");
        assertEquals(9, people.getPeopleReached());
        assertEquals(10, people.getPeopleTotal());
        assertEquals("9/10", people.describe());
        assertEquals("results.error.peopleMore", key(() -> ResultValues.forTarget(TargetKind.PEOPLE_SHARE, "11/10")));
        assertEquals("results.error.people", key(() -> ResultValues.forTarget(TargetKind.PEOPLE_SHARE, "90%")));
        assertEquals(Boolean.TRUE, ResultValues.forTarget(TargetKind.DONE, "Có").getDone());
        assertEquals(Boolean.FALSE, ResultValues.forTarget(TargetKind.DONE, "no").getDone());
        assertEquals("results.error.done", key(() -> ResultValues.forTarget(TargetKind.DONE, "maybe")));
        assertEquals("results.error.computedTarget", key(() -> ResultValues.forTarget(TargetKind.RATED_SHARE, "80")));
    }

    @Test
    void theReportMovesOnlyAlongItsWorkflow() {
        Instant now = Instant.now();
        ResultReport report = new ResultReport(1, 2, "chair", now);
        assertEquals("results.error.notSubmitted", key(() -> report.accept("staff", now)));
        report.submit("chair", now);
        assertEquals("results.error.notEditable", key(report::requireEditableByChair));
        assertEquals("error.required", key(() -> report.returnWith("  ", "leader", now)));
        report.returnWith("Thiếu ấp", "leader", now);
        assertEquals(ReportStatus.RETURNED, report.getStatus());
        assertEquals("Thiếu ấp", report.getReason());
        report.requireEditableByChair();
        report.submit("chair", now);
        assertInstanceOf(AlreadyDone.class, assertThrows(RuleViolation.class, () -> report.submit("chair", now)),
                "a second submit is told it is done");
        assertEquals("results.done.submitted", key(() -> report.submit("chair", now)));
        report.accept("staff", now);
        assertEquals("results.done.accepted", key(() -> report.accept("staff", now)));
        assertEquals(ReportStatus.ACCEPTED, report.getStatus());
        assertEquals("results.error.notEditable", key(() -> report.submit("chair", now)));
        assertEquals("error.required", key(() -> report.reopen(null, "staff", now)));
        report.reopen("Sửa số liệu quỹ", "staff", now);
        assertEquals(ReportStatus.DRAFT, report.getStatus());
    }
}
