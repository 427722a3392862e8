package vn.thidua.pledge;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.shared.Sha256;
import vn.thidua.shared.files.StoredFile;

import java.nio.charset.StandardCharsets;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
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
    /** The head the pledge row recorded as the application appended the entries. */
    private AuditChain.Head head;
    /** SHA-256 of the bytes stored now under each file id. */
    private final Map<Long, String> stored = new HashMap<>();
    private static final String SCAN_SHA = Sha256.hex("scan of the signed page".getBytes(java.nio.charset.StandardCharsets.UTF_8));

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
        stored.put(77L, SCAN_SHA);
        head = AuditChain.Head.of(events);
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
                        + "\noffice=" + s.getOffice() + (s.isPaper() ? "\nscan=" + SCAN_SHA : ""));
    }

    private IntegrityReport check() {
        return AuditChain.check(events, head, pledge.getVersions(), fingerprints, signatures, stored::get);
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
        assertTrue(AuditChain.check(List.of(), AuditChain.Head.of(List.of()), draft.getVersions(), fingerprints, List.of(),
                id -> null).isIntact());
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
    void aDeletedSignatureWhoseEntryRemainsIsMissingAndNamed() {
        signatures.remove(1);
        assertBroken(check(), "integrity.missingSignatureOf", "31042", "CHAIR", "1");
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

    // ---- the head kept outside the chained table -------------------------------------------------------------------

    @Test
    void theLastEntryRemovedWithItsSignatureIsCaughtByTheHead() {
        signatures.remove(2);
        events.remove(5);
        // the links alone cannot tell: what is left is a well-formed, shorter chain
        assertTrue(AuditChain.check(events, AuditChain.Head.of(events), pledge.getVersions(), fingerprints, signatures,
                stored::get).isIntact());
        assertBroken(check(), "integrity.truncated", "6", "5");
    }

    @Test
    void theLastEntriesRemovedAreCaughtByTheHead() {
        signatures.subList(1, 3).clear();
        events.subList(4, 6).clear();
        assertBroken(check(), "integrity.truncated", "6", "4");
    }

    @Test
    void anEntryAddedOutsideTheApplicationIsNamed() {
        log(PledgeEventType.REMINDED, 10L, "Trần Văn Tâm", T0.plusSeconds(1300), "units=31033");
        assertBroken(check(), "integrity.unrecorded", "7");
    }

    @Test
    void theLastEntryReplacedByAWellLinkedForgeryIsCaughtByTheHead() {
        PledgeEvent last = events.get(5);
        events.set(5, new PledgeEvent(PLEDGE_ID, events.get(4), 1, last.getType(), last.getActorAccountId(), last.getActorName(),
                last.getOccurredAt().plusSeconds(1), last.getDetails()));
        assertBroken(check(), "integrity.brokenEvent", "6");
    }

    // ---- a version's status and signed_at ---------------------------------------------------------------------------

    @Test
    void aStatusChangedBehindTheApplicationsBackIsNamed() {
        setField(v, "status", PledgeStatus.SIGNED);
        assertBroken(check(), "integrity.brokenStatus", "1");
    }

    @Test
    void aConfirmedPledgeWithItsDocumentIsIntact() {
        confirm(true);
        assertTrue(check().isIntact(), check().toString());
        assertEquals(PledgeEventType.DOCUMENT_ISSUED, events.get(events.size() - 1).getType());
    }

    @Test
    void aSignedAtChangedBehindTheApplicationsBackIsNamed() {
        confirm(true);
        setField(v, "signedAt", v.getSignedAt().minusSeconds(86_400));
        assertBroken(check(), "integrity.brokenSignedAt", "1");
    }

    @Test
    void aSignedAtGivenToAnUnconfirmedVersionIsNamed() {
        setField(v, "signedAt", T0.plusSeconds(5000));
        assertBroken(check(), "integrity.brokenSignedAt", "1");
    }

    @Test
    void aStatusSetBackToFinalAfterConfirmationIsNamed() {
        confirm(true);
        setField(v, "status", PledgeStatus.FINAL);
        assertBroken(check(), "integrity.brokenStatus", "1");
    }

    @Test
    void anAmendedPledgeReplaysEachVersionsStatus() {
        confirm(true);
        PledgeVersion next = pledge.amend(f.units);
        setId(next, 51L);
        log(PledgeEventType.AMENDED, 10L, "Trần Văn Tâm", T0.plusSeconds(9000), "from=1\nto=2");
        head = AuditChain.Head.of(events);
        assertTrue(check().isIntact(), check().toString());
        setField(v, "status", PledgeStatus.SIGNED);
        assertBroken(check(), "integrity.brokenStatus", "1");
        setField(v, "status", PledgeStatus.SUPERSEDED);
        setField(next, "status", PledgeStatus.FINAL);
        assertBroken(check(), "integrity.brokenStatus", "2");
    }

    // ---- scans and the signed PDF -------------------------------------------------------------------------------------

    @Test
    void aScanWhoseBytesChangedIsNamed() {
        stored.put(77L, Sha256.hex("another page".getBytes(StandardCharsets.UTF_8)));
        assertBroken(check(), "integrity.brokenScan", "Vân Khánh", "CHAIR", "1");
    }

    @Test
    void aScanThatIsGoneIsNamed() {
        stored.remove(77L);
        assertBroken(check(), "integrity.brokenScan", "Vân Khánh", "CHAIR", "1");
    }

    @Test
    void theSignedPdfSwappedTogetherWithItsHashIsNamed() {
        confirm(true);
        String other = Sha256.hex("%PDF-1.4 another document".getBytes(StandardCharsets.UTF_8));
        stored.put(500L, other);
        setField(v, "documentSha256", other);
        assertBroken(check(), "integrity.brokenDocument", "1");
    }

    @Test
    void theSignedPdfsBytesChangedAloneAreNamed() {
        confirm(true);
        stored.put(500L, Sha256.hex("%PDF-1.4 another document".getBytes(StandardCharsets.UTF_8)));
        assertBroken(check(), "integrity.brokenDocument", "1");
    }

    // ---- never break the past: a chain logged before the head, signedAt and DOCUMENT_ISSUED existed ----------------

    @Test
    void anOldFormatChainStillVerifies() {
        confirm(false);
        assertTrue(events.stream().noneMatch(e -> e.getType() == PledgeEventType.DOCUMENT_ISSUED));
        assertTrue(check().isIntact(), check().toString());
    }

    @Test
    void anOldFormatChainStillCatchesASignedAtChangeThroughItsConfirmation() {
        confirm(false);
        setField(v, "signedAt", v.getSignedAt().plusSeconds(60));
        assertBroken(check(), "integrity.brokenSignedAt", "1");
    }

    @Test
    void anOldFormatChainStillCatchesPdfBytesThatNoLongerGiveTheRecordedHash() {
        confirm(false);
        stored.put(500L, Sha256.hex("%PDF-1.4 another document".getBytes(StandardCharsets.UTF_8)));
        assertBroken(check(), "integrity.brokenDocument", "1");
    }

    @Test
    void theHashRuleOfEntriesNeverChanges() {
        // computed before this change: every entry already in a database must keep verifying
        PledgeEvent e = new PledgeEvent(5L, null, 1, PledgeEventType.CREATED, 10L, "Trần Văn Tâm", T0, "start=STANDARD");
        assertEquals(GOLDEN_ENTRY, e.getHash());
        assertEquals(GOLDEN_FINGERPRINT, fingerprint);
        assertEquals(GOLDEN_DIGEST, signatures.get(0).digest());
    }

    private static final String GOLDEN_ENTRY = "4f82812d7029076cc5000d2658a46d42cfc9c490bec370255f83c5d58bbc4e61";
    private static final String GOLDEN_FINGERPRINT = "f4ae090a6836f85f813e9c343ec75bebfd21447eedc48cc07354ad78076d203c";
    private static final String GOLDEN_DIGEST = "3a84d8e86d26819eac2b40e162a80ecc5a2eea822ce058ac9a8af5343f3b8bba";

    /**
     * Confirms the version as the service does: the organiser's confirmation and its CONFIRMED entry, then the stored
     * PDF. {@code current}: as logged since the head existed (signedAt in the entry, then DOCUMENT_ISSUED with the
     * PDF's hash); otherwise as logged before.
     */
    private void confirm(boolean current) {
        Signature c = Signature.confirmation(v, f.district, 40L, "Nguyễn Văn Cán", "Phó Chủ tịch", T0.plusSeconds(3600),
                "10.0.0.1", "Chrome");
        setId(c, 104L);
        signatures.add(c);
        v.confirm(signatures.stream().filter(s -> s.getOffice() != Office.CONFIRM).toList(), c.getSignedAt());
        log(PledgeEventType.CONFIRMED, 40L, "Nguyễn Văn Cán", c.getSignedAt(), "signature=104\ndigest=" + c.digest()
                + "\nunit=909\noffice=CONFIRM" + (current ? "\nstatus=SIGNED\nsignedAt=" + c.getSignedAt().toEpochMilli() : ""));
        byte[] pdf = "%PDF-1.4 the signed pledge".getBytes(StandardCharsets.UTF_8);
        StoredFile document = new StoredFile("giao-uoc.pdf", "application/pdf", pdf, Sha256.hex(pdf), 40L, c.getSignedAt());
        setId(document, 500L);
        stored.put(500L, Sha256.hex(pdf));
        v.recordDocument(document);
        if (current) {
            log(PledgeEventType.DOCUMENT_ISSUED, 40L, "Nguyễn Văn Cán", c.getSignedAt(), "document=" + Sha256.hex(pdf) + "\nfile=500");
        }
        head = AuditChain.Head.of(events);
    }
}
