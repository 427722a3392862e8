package vn.thidua.pledge;

import org.junit.jupiter.api.Test;
import vn.thidua.campaign.RatingLevel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.pledge.PledgeFixture.T0;
import static vn.thidua.pledge.PledgeFixture.hamletShare;
import static vn.thidua.pledge.PledgeFixture.quantity;

/** The fingerprint signers agree to: the same content always gives it, any change to the content changes it. */
class PledgeCanonicalFormTest {

    private final PledgeFixture f = new PledgeFixture();

    /** A finalised version built the standard way, after {@code change} had its say on the draft. */
    private PledgeVersion build(SignerPolicy policy, String clauseBody, String threshold, Consumer<TargetSpec> fund,
                                Consumer<PledgeVersion> change) {
        PledgeVersion v = f.newPledge(policy).current();
        v.addClause("Chấp hành chỉ đạo", "Chấp hành nghiêm các ý kiến chỉ đạo của cấp trên.");
        v.addClause("Chất lượng Ban Công tác Mặt trận", clauseBody);
        TargetSpec good = hamletShare("ban-cong-tac-tot", "HTT", threshold);
        good.setClausePosition(2);
        f.define(v, good);
        TargetSpec quantity = quantity("quy-vi-nguoi-ngheo", "50000000", "đồng");
        fund.accept(quantity);
        f.define(v, quantity);
        change.accept(v);
        return v;
    }

    private PledgeVersion standard() {
        return build(SignerPolicy.CHAIRS_AND_VICE_CHAIRS, "Phấn đấu có 80 % Ban Công tác Mặt trận hoàn thành tốt nhiệm vụ.",
                "80", this::twoQuotas, this::finalise);
    }

    private void twoQuotas(TargetSpec fund) {
        fund.getQuotas().put(f.vanKhanhTay.getId(), new BigDecimal("70000000"));
        fund.getQuotas().put(f.dongHung.getId(), new BigDecimal("40000000"));
    }

    private void finalise(PledgeVersion v) {
        v.finalise(f.cluster.getMemberUnits(), T0, "TD-7K3M-9QXP");
    }

    private String fp(PledgeVersion v) {
        return PledgeCanonicalForm.fingerprint(v, f.scale);
    }

    @Test
    void fingerprintIsSixtyFourLowerCaseHexCharacters() {
        String fp = fp(standard());
        assertTrue(fp.matches("[0-9a-f]{64}"), fp);
    }

    @Test
    void canonicalFormStartsWithItsFormatAndIsTheHashedText() {
        PledgeVersion v = standard();
        String form = PledgeCanonicalForm.of(v, f.scale);
        assertTrue(form.startsWith("{\"format\":\"thidua-pledge/1\",\"pledge\":0,\"campaign\":{\"organiser\":\"909\",\"year\":2022,"
                + "\"name\":\"Thi đua năm 2022\"},\"cluster\":\"Cụm thi đua số 1\",\"version\":1,"), form);
        assertTrue(form.contains("\"threshold\":80,"), form);
        assertTrue(form.contains("\"quotas\":[{\"unit\":\"31033\",\"quota\":40000000},{\"unit\":\"31048\",\"quota\":70000000}]"), form);
        assertTrue(form.contains("{\"unit\":\"31033\",\"unitName\":\"Đông Hưng\",\"office\":\"CHAIR\"}"), form);
        assertEquals(vn.thidua.shared.Sha256.hex(form), fp(v));
    }

    @Test
    void sameContentGivesTheSameFingerprint() {
        assertEquals(fp(standard()), fp(standard()));
    }

    @Test
    void oneDiacriticInAClauseChangesTheFingerprint() {
        PledgeVersion changed = build(SignerPolicy.CHAIRS_AND_VICE_CHAIRS,
                "Phấn đấu có 80 % Ban Công tác Mặt trận hoàn thành tôt nhiệm vụ.", "80", this::twoQuotas, this::finalise);
        assertNotEquals(fp(standard()), fp(changed));
    }

    @Test
    void aThresholdOf80Point5InsteadOf80ChangesTheFingerprint() {
        PledgeVersion changed = build(SignerPolicy.CHAIRS_AND_VICE_CHAIRS,
                "Phấn đấu có 80 % Ban Công tác Mặt trận hoàn thành tốt nhiệm vụ.", "80.5", this::twoQuotas, this::finalise);
        assertNotEquals(fp(standard()), fp(changed));
    }

    @Test
    void thresholdWrittenAs80Point00GivesTheSameFingerprintAs80() {
        PledgeVersion same = build(SignerPolicy.CHAIRS_AND_VICE_CHAIRS,
                "Phấn đấu có 80 % Ban Công tác Mặt trận hoàn thành tốt nhiệm vụ.", "80.00", this::twoQuotas, this::finalise);
        assertEquals(fp(standard()), fp(same));
    }

    @Test
    void aDifferentQuotaChangesTheFingerprint() {
        PledgeVersion changed = build(SignerPolicy.CHAIRS_AND_VICE_CHAIRS,
                "Phấn đấu có 80 % Ban Công tác Mặt trận hoàn thành tốt nhiệm vụ.", "80", fund -> {
                    fund.getQuotas().put(f.vanKhanhTay.getId(), new BigDecimal("70000000"));
                    fund.getQuotas().put(f.dongHung.getId(), new BigDecimal("40000001"));
                }, this::finalise);
        assertNotEquals(fp(standard()), fp(changed));
    }

    @Test
    void aQuotaMovedToAnotherMemberChangesTheFingerprint() {
        PledgeVersion changed = build(SignerPolicy.CHAIRS_AND_VICE_CHAIRS,
                "Phấn đấu có 80 % Ban Công tác Mặt trận hoàn thành tốt nhiệm vụ.", "80", fund -> {
                    fund.getQuotas().put(f.vanKhanhTay.getId(), new BigDecimal("70000000"));
                    fund.getQuotas().put(f.vanKhanh.getId(), new BigDecimal("40000000"));
                }, this::finalise);
        assertNotEquals(fp(standard()), fp(changed));
    }

    @Test
    void quotasEnteredInAnotherOrderGiveTheSameFingerprint() {
        PledgeVersion reordered = build(SignerPolicy.CHAIRS_AND_VICE_CHAIRS,
                "Phấn đấu có 80 % Ban Công tác Mặt trận hoàn thành tốt nhiệm vụ.", "80", fund -> {
                    fund.getQuotas().put(f.dongHung.getId(), new BigDecimal("40000000.00"));
                    fund.getQuotas().put(f.vanKhanhTay.getId(), new BigDecimal("7E+7"));
                }, this::finalise);
        assertEquals(fp(standard()), fp(reordered));
    }

    @Test
    void aMemberMoreOrLessChangesTheFingerprint() {
        PledgeVersion fewer = build(SignerPolicy.CHAIRS_AND_VICE_CHAIRS,
                "Phấn đấu có 80 % Ban Công tác Mặt trận hoàn thành tốt nhiệm vụ.", "80", this::twoQuotas,
                v -> v.finalise(List.of(f.vanKhanhTay, f.dongHung), T0, "TD-7K3M-9QXP"));
        assertNotEquals(fp(standard()), fp(fewer));
    }

    @Test
    void membersInAnotherOrderGiveTheSameFingerprint() {
        PledgeVersion reordered = build(SignerPolicy.CHAIRS_AND_VICE_CHAIRS,
                "Phấn đấu có 80 % Ban Công tác Mặt trận hoàn thành tốt nhiệm vụ.", "80", this::twoQuotas,
                v -> v.finalise(List.of(f.dongHung, f.vanKhanhTay, f.vanKhanh), T0, "TD-7K3M-9QXP"));
        assertEquals(fp(standard()), fp(reordered));
    }

    @Test
    void theSignerPolicyChangesTheFingerprint() {
        PledgeVersion chairs = build(SignerPolicy.CHAIRS,
                "Phấn đấu có 80 % Ban Công tác Mặt trận hoàn thành tốt nhiệm vụ.", "80", this::twoQuotas, this::finalise);
        assertNotEquals(fp(standard()), fp(chairs));
    }

    @Test
    void aRenamedLevelOfTheRatingScaleChangesTheFingerprint() {
        PledgeVersion v = standard();
        List<RatingLevel> renamed = new ArrayList<>();
        for (RatingLevel level : f.scale) {
            renamed.add(new RatingLevel(f.campaign, level.getCode(),
                    level.getRank() == 2 ? "Hoàn thành tốt nhiệm vu" : level.getName(), level.getRank()));
        }
        assertNotEquals(PledgeCanonicalForm.fingerprint(v, f.scale), PledgeCanonicalForm.fingerprint(v, renamed));
    }

    @Test
    void theRatingScaleInAnotherOrderGivesTheSameFingerprint() {
        PledgeVersion v = standard();
        List<RatingLevel> reversed = new ArrayList<>(f.scale);
        java.util.Collections.reverse(reversed);
        assertEquals(PledgeCanonicalForm.fingerprint(v, f.scale), PledgeCanonicalForm.fingerprint(v, reversed));
    }

    @Test
    void clauseTextTypedInNfdGivesTheSameFingerprintAsNfc() {
        String nfc = "Phấn đấu có 80 % Ban Công tác Mặt trận hoàn thành tốt nhiệm vụ.";
        String nfd = java.text.Normalizer.normalize(nfc, java.text.Normalizer.Form.NFD);
        assertNotEquals(nfc, nfd);
        PledgeVersion typedNfd = build(SignerPolicy.CHAIRS_AND_VICE_CHAIRS, nfd, "80", this::twoQuotas, this::finalise);
        assertEquals(fp(standard()), fp(typedNfd));
    }

    @Test
    void theTargetsClauseLinkChangesTheFingerprint() {
        PledgeVersion unlinked = build(SignerPolicy.CHAIRS_AND_VICE_CHAIRS,
                "Phấn đấu có 80 % Ban Công tác Mặt trận hoàn thành tốt nhiệm vụ.", "80", this::twoQuotas, v -> {
                    PledgeTarget good = v.targetByCode("ban-cong-tac-tot").orElseThrow();
                    PledgeFixture.setId(good, 1);
                    TargetSpec spec = good.toSpec();
                    spec.setClausePosition(1);
                    f.redefine(v, good, spec);
                    finalise(v);
                });
        assertNotEquals(fp(standard()), fp(unlinked));
    }

    @Test
    void aRenamedMemberUnitChangesTheFingerprint() {
        String before = fp(standard());
        f.dongHung.rename("Đông Hưng A");
        assertNotEquals(before, fp(standard()));
    }
}
