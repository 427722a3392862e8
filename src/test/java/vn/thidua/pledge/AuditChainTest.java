package vn.thidua.pledge;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.pledge.PledgeFixture.T0;
import static vn.thidua.pledge.PledgeFixture.setField;
import static vn.thidua.pledge.PledgeFixture.setId;

/**
 * Re-checking a pledge behind the application's back: the hash chain of its log, each sealed version's content against
 * its FINALISED entry, each signature against its SIGNED entry.
 */
class AuditChainTest {

    private static final long PLEDGE_ID = 5L;

    private PledgeFixture f;
    private Pledge pledge;
    private PledgeVersion v;
    private String fingerprint;
    private final List<PledgeEvent> events = new ArrayList<>();
    private final List<Signature> signatures = new ArrayList<>();
    private Function<PledgeVersion, String> fingerprints;

    @BeforeEach
    void setUp() {
        f = new PledgeFixture();
        pledge = f.newPledge(SignerPolicy.CHAIRS);
        setId(pledge, PLEDGE_ID);
        v = pledge.current();
        setId(v, 50L);
        f.withContent(v);
        fingerprints = version -> PledgeCanonicalForm.fingerprint(version, f.scale);

        log(PledgeEventType.CREATED, 10L, "Trần Văn Tâm", T0, "title=" + v.getTitle());
        log(PledgeEventType.DISCUSSION_OPENED, 10L, "Trần Văn Tâm", T0.plusSeconds(60), "");
        fingerprint = f.finaliseAndSeal(v);
        log(PledgeEventType.FINALISED, 10L, "Trần Văn Tâm", T0.plusSeconds(120),
                "fingerprint=" + fingerprint + "\ncode=" + v.getVerificationCode());
        sign(101L, Signature.online(v, f.dongHung, Office.CHAIR, 21L, "Danh Sà Rết", "Chủ tịch", T0.plusSeconds(600),
                "10.0.0.7", "Firefox"));
        sign(102L, Signature.paper(v, f.vanKhanh, Office.CHAIR, "Trương Văn Bảy", "Chủ tịch", T0.plusSeconds(900), 77L, 10L));
        sign(103L, Signature.online(v, f.vanKhanhTay, Office.CHAIR, 23L, "Châu Văn Ẩn", "Chủ tịch", T0.plusSeconds(1200),
                "10.0.0.9", "Chrome"));
    }

    private PledgeEvent log(PledgeEventType type, Long actor, String actorName, Instant at, String details) {
        PledgeEvent previous = events.isEmpty() ? null : events.get(events.size() - 1);
        PledgeEvent e = new PledgeEvent(PLEDGE_ID, previous, v.getNumber(), type, actor, actorName, at, details);
        events.add(e);
        return e;
    }

    private void sign(long id, Signature s) {
        setId(s, id);
        signatures.add(s);
        log(s.isPaper() ? PledgeEventType.PAPER_SIGNED : PledgeEventType.SIGNED, s.getAccountId(), s.getSignerName(),
                s.getSignedAt(), "signature=" + id + "\ndigest=" + s.digest() + "\nunit=" + s.getUnit().getCode()
                        + "\noffice=" + s.getOffice());
    }

    private IntegrityReport check() {
        return AuditChain.check(events, pledge.getVersions(), fingerprints, signatures);
    }

    private static void assertBroken(IntegrityReport report, String key, String... args) {
        assertFalse(report.isIntact(), "expected broken: " + key);
        assertEquals(key, report.getBrokenKey(), report.toString());
        assertEquals(List.of(args), report.getArgs());
    }

    // ---- the chain itself -----------------------------------------------------------------------------------------

    @Test
    void anUntouchedChainIsIntact() {
        IntegrityReport report = check();
        assertTrue(report.isIntact(), report.toString());
        assertEquals("intact", report.toString());
        assertEquals(6, events.size());
    }

    @Test
    void entriesAreNumberedFromOneAndLinkedToTheirPredecessor() {
        assertEquals(PledgeEvent.GENESIS, events.get(0).getPrevHash());
        assertEquals("0".repeat(64), PledgeEvent.GENESIS);
        for (int i = 0; i < events.size(); i++) {
            assertEquals(i + 1, events.get(i).getSeq());
            assertTrue(events.get(i).getHash().matches("[0-9a-f]{64}"));
            if (i > 0) {
                assertEquals(events.get(i - 1).getHash(), events.get(i).getPrevHash());
            }
        }
        assertEquals(fingerprint, events.get(2).detail("fingerprint"));
        assertEquals("TD-7K3M-9QXP", events.get(2).detail("code"));
    }

    @Test
    void anEmptyLogWithoutSealedVersionsOrSignaturesIsIntact() {
        PledgeFixture other = new PledgeFixture();
        Pledge draft = other.newPledge(SignerPolicy.CHAIRS);
        assertTrue(AuditChain.check(List.of(), draft.getVersions(), fingerprints, List.of()).isIntact());
    }

    @Test
    void alteredDetailsBreakTheChainAtThatEntry() {
        setField(events.get(2), "details", "fingerprint=" + "0".repeat(64) + "\ncode=" + v.getVerificationCode());
        assertBroken(check(), "integrity.brokenEvent", "3");
    }

    @Test
    void alteredActorNameBreaksTheChainAtThatEntry() {
        setField(events.get(3), "actorName", "Người khác");
        assertBroken(check(), "integrity.brokenEvent", "4");
    }

    @Test
    void alteredTimeBreaksTheChainAtThatEntry() {
        setField(events.get(4), "occurredAt", events.get(4).getOccurredAt().plusMillis(1));
        assertBroken(check(), "integrity.brokenEvent", "5");
    }

    @Test
    void alteredTypeOrVersionBreaksTheChainAtThatEntry() {
        setField(events.get(1), "type", PledgeEventType.REMINDED);
        assertBroken(check(), "integrity.brokenEvent", "2");
    }

    @Test
    void alteredFirstEntryBreaksTheChainAtOne() {
        setField(events.get(0), "actorAccountId", 11L);
        assertBroken(check(), "integrity.brokenEvent", "1");
    }

    @Test
    void removedEntryInTheMiddleBreaksTheChainAtItsPosition() {
        events.remove(1);
        assertBroken(check(), "integrity.brokenEvent", "2");
    }

    @Test
    void swappedEntriesBreakTheChain() {
        Collections.swap(events, 3, 4);
        assertBroken(check(), "integrity.brokenEvent", "4");
    }

    @Test
    void anEntryRewrittenWithAFreshHashBreaksTheChainAtTheNextEntry() {
        PledgeEvent forged = new PledgeEvent(PLEDGE_ID, events.get(0), 1, PledgeEventType.DISCUSSION_OPENED, 99L, "Kẻ giả mạo",
                T0.plusSeconds(60), "");
        events.set(1, forged);
        assertBroken(check(), "integrity.brokenEvent", "3");
    }

    // ---- sealed content -------------------------------------------------------------------------------------------

    @Test
    void contentThatNoLongerGivesTheSealedFingerprintIsBroken() {
        fingerprints = version -> "f".repeat(64);
        assertBroken(check(), "integrity.brokenContent", "1");
    }

    @Test
    void aChangedClauseOfTheSealedVersionIsBroken() {
        setField(v.getClauses().get(0), "body", "Chấp hành nghiêm các ý kiến chỉ đạo của cấp trên!");
        assertBroken(check(), "integrity.brokenContent", "1");
    }

    @Test
    void aChangedThresholdOfTheSealedVersionIsBroken() {
        setField(v.getTargets().get(0), "threshold", new java.math.BigDecimal("70"));
        assertBroken(check(), "integrity.brokenContent", "1");
    }

    @Test
    void aSealedFingerprintThatDiffersFromTheLoggedOneIsBroken() {
        // version row and content rewritten consistently, the log still holds the original fingerprint
        setField(v.getClauses().get(0), "body", "Nội dung khác");
        setField(v, "fingerprint", PledgeCanonicalForm.fingerprint(v, f.scale));
        assertNotEquals(fingerprint, v.getFingerprint());
        assertBroken(check(), "integrity.brokenContent", "1");
    }

    @Test
    void renamingAMemberUnitAfterSealingIsNotTampering() {
        f.dongHung.rename("Đông Hưng A");
        assertTrue(check().isIntact(), check().toString());
    }

    // ---- signatures -----------------------------------------------------------------------------------------------

    @Test
    void aSignatureAlteredBehindTheApplicationsBackIsBrokenNamingItsUnit() {
        setField(signatures.get(1), "signerName", "Người khác");
        assertBroken(check(), "integrity.brokenSignature", "Vân Khánh", "CHAIR", "1");
    }

    @Test
    void aSignatureMovedToAnotherTimeIsBroken() {
        setField(signatures.get(0), "signedAt", signatures.get(0).getSignedAt().minusSeconds(86_400));
        assertBroken(check(), "integrity.brokenSignature", "Đông Hưng", "CHAIR", "1");
    }

    @Test
    void aSignatureWithoutALogEntryIsBroken() {
        Signature extra = Signature.online(v, f.vanKhanh, Office.VICE_CHAIR, 30L, "Lý Thị Ngọc Ánh", "Phó Chủ tịch",
                T0.plusSeconds(2000), null, null);
        setId(extra, 104L);
        signatures.add(extra);
        assertBroken(check(), "integrity.brokenSignature", "Vân Khánh", "VICE_CHAIR", "1");
    }

    @Test
    void aSignatureOverAnotherFingerprintIsBroken() {
        setField(signatures.get(2), "fingerprint", "a".repeat(64));
        assertBroken(check(), "integrity.brokenSignature", "Vân Khánh Tây", "CHAIR", "1");
    }

    @Test
    void aDeletedSignatureWhoseEntryRemainsIsMissing() {
        signatures.remove(1);
        assertBroken(check(), "integrity.missingSignature");
    }

    @Test
    void theDigestCoversTheRecordedFields() {
        Signature s = signatures.get(0);
        String before = s.digest();
        assertEquals(before, s.digest());
        assertTrue(before.matches("[0-9a-f]{64}"));
        setField(s, "userAgent", "Chrome");
        assertNotEquals(before, s.digest());
    }
}
