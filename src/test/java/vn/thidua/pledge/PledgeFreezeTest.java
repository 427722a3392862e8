package vn.thidua.pledge;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.pledge.PledgeFixture.T0;
import static vn.thidua.pledge.PledgeFixture.hamletShare;
import static vn.thidua.pledge.PledgeFixture.violationKey;

/**
 * Signed means frozen: what the tally, the results sheet and the review evaluate is the version in force — the last
 * one the organiser confirmed — while an amendment goes through comments, finalising, every signature and the
 * confirmation again; no amendment once the results are published.
 */
class PledgeFreezeTest {

    private PledgeFixture f;
    private Pledge pledge;
    private PledgeVersion v1;

    @BeforeEach
    void setUp() {
        f = new PledgeFixture();
        pledge = f.newPledge(SignerPolicy.CHAIRS);
        v1 = pledge.current();
        f.withContent(v1);
    }

    @Test
    void beforeAnyConfirmationTheNewestVersionIsEvaluated() {
        assertSame(v1, pledge.inForce());
        f.finaliseAndSeal(v1);
        PledgeVersion v2 = pledge.amend(f.units);
        assertSame(v2, pledge.inForce(), "nothing was signed yet: nothing is frozen");
        assertFalse(pledge.isAmendmentPending());
    }

    @Test
    void anAmendmentOfAConfirmedPledgeLeavesTheConfirmedVersionInForce() {
        confirm(v1);
        PledgeVersion v2 = pledge.amend(f.units);
        // the leader lowers the threshold in the amendment
        PledgeTarget target = v2.targetByCode("ban-cong-tac-tot").orElseThrow();
        PledgeFixture.setId(target, 900L);
        f.redefine(v2, target, hamletShare("ban-cong-tac-tot", "HTT", "50"));

        assertSame(v1, pledge.inForce());
        assertTrue(pledge.isAmendmentPending());
        assertEquals(0, new BigDecimal("80").compareTo(threshold(pledge.inForce())));
        assertEquals(0, new BigDecimal("50").compareTo(threshold(pledge.current())));
        assertEquals(PledgeStatus.SUPERSEDED, v1.getStatus());
        assertNotNull(v1.getSignedAt(), "the confirmed version keeps its signatures and its completion time");
    }

    @Test
    void theAmendmentGoesThroughEverySignatureAgainBeforeItIsInForce() {
        confirm(v1);
        PledgeVersion v2 = pledge.amend(f.units);
        v2.openDiscussion();
        v2.finalise(f.cluster.getMemberUnits(), T0.plusSeconds(86_400), "TD-AAAA-BBBB");
        v2.seal(PledgeCanonicalForm.fingerprint(v2, f.scale));
        assertSame(v1, pledge.inForce(), "finalised is not signed");
        List<Signature> partial = chairSignatures(v2).subList(0, 2);
        assertEquals("pledge.error.signaturesMissing", violationKey(() -> v2.confirm(partial, T0.plusSeconds(90_000))));
        assertSame(v1, pledge.inForce(), "half signed is not confirmed");

        v2.confirm(chairSignatures(v2), T0.plusSeconds(90_000));
        assertSame(v2, pledge.inForce());
        assertFalse(pledge.isAmendmentPending());
    }

    @Test
    void noAmendmentOnceTheResultsArePublished() {
        confirm(v1);
        f.campaign.publishResults(T0.plusSeconds(200_000));
        assertEquals("pledge.error.resultsPublished", violationKey(() -> pledge.amend(f.units)));
        assertEquals(1, pledge.getVersions().size());
        assertEquals(PledgeStatus.SIGNED, v1.getStatus());
        assertSame(v1, pledge.inForce());
    }

    @Test
    void anAmendmentPendingAtPublicationCannotReplaceTheConfirmedVersion() {
        confirm(v1);
        pledge.amend(f.units);
        f.campaign.publishResults(T0.plusSeconds(200_000));
        assertEquals("pledge.error.resultsPublished", violationKey(pledge::requireResultsNotPublished));
    }

    @Test
    void theQueriesConditionNamesTheLastConfirmedVersionOrElseTheNewest() {
        String condition = PledgeVersion.inForce("v", "p");
        assertTrue(condition.contains("w1.signedAt IS NOT NULL"), condition);
        assertTrue(condition.contains("NOT EXISTS"), condition);
        assertTrue(condition.startsWith("(v.number = "), condition);
    }

    private void confirm(PledgeVersion v) {
        f.finaliseAndSeal(v);
        v.confirm(chairSignatures(v), T0.plusSeconds(3600));
    }

    private List<Signature> chairSignatures(PledgeVersion version) {
        List<Signature> signatures = new ArrayList<>();
        signatures.add(Signature.online(version, f.dongHung, Office.CHAIR, 1L, "Danh Sà Rết", "Chủ tịch", T0, null, null));
        signatures.add(Signature.paper(version, f.vanKhanh, Office.CHAIR, "Trương Văn Bảy", "Chủ tịch", T0, 77L, 3L));
        signatures.add(Signature.online(version, f.vanKhanhTay, Office.CHAIR, 2L, "Châu Văn Ẩn", "Chủ tịch", T0, null, null));
        return signatures;
    }

    private static BigDecimal threshold(PledgeVersion v) {
        return v.targetByCode("ban-cong-tac-tot").orElseThrow().getThreshold();
    }
}
