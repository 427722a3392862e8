package vn.thidua.pledge;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.organisation.Unit;
import vn.thidua.shared.RuleViolation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.pledge.PledgeFixture.T0;
import static vn.thidua.pledge.PledgeFixture.hamletCount;
import static vn.thidua.pledge.PledgeFixture.hamletShare;
import static vn.thidua.pledge.PledgeFixture.memberShare;
import static vn.thidua.pledge.PledgeFixture.quantity;
import static vn.thidua.pledge.PledgeFixture.setId;
import static vn.thidua.pledge.PledgeFixture.violation;
import static vn.thidua.pledge.PledgeFixture.violationKey;

/** The pledge version's rules across targets and its life cycle DRAFT → DISCUSSION → FINAL → SIGNED / SUPERSEDED. */
class PledgeVersionTest {

    private PledgeFixture f;
    private Pledge pledge;
    private PledgeVersion v;

    @BeforeEach
    void setUp() {
        f = new PledgeFixture();
        pledge = f.newPledge(SignerPolicy.CHAIRS_AND_VICE_CHAIRS);
        v = pledge.current();
    }

    private PledgeTarget define(TargetSpec spec) {
        return f.define(v, spec);
    }

    private PledgeTarget defineWithId(TargetSpec spec, long id) {
        PledgeTarget t = define(spec);
        setId(t, id);
        return t;
    }

    private TargetSpec ofWhich(String code, String level, String base) {
        TargetSpec spec = hamletShare(code, level, "30");
        spec.setBaseCode(base);
        return spec;
    }

    private static List<String> codes(PledgeVersion version) {
        return version.getTargets().stream().map(PledgeTarget::getCode).toList();
    }

    // ---- codes ----------------------------------------------------------------------------------------------------

    @Test
    void aNewPledgeStartsWithDraftVersionOne() {
        assertEquals(1, v.getNumber());
        assertEquals(PledgeStatus.DRAFT, v.getStatus());
        assertSame(pledge, v.getPledge());
        assertEquals(List.of(v), pledge.getVersions());
    }

    @Test
    void duplicateCodeIsRefusedEvenInAnotherCase() {
        define(hamletShare("ban-cong-tac-tot", "HTT", "80"));
        RuleViolation v1 = violation(() -> define(hamletCount("ban-cong-tac-tot", "KHT", "0")));
        assertEquals("target.error.duplicateCode", v1.getKey());
        assertEquals(List.of("ban-cong-tac-tot"), v1.getArgs());
        assertEquals("target.error.duplicateCode", violationKey(() -> define(hamletCount("BAN-CONG-TAC-TOT", "KHT", "0"))));
        assertEquals(1, v.getTargets().size());
    }

    @Test
    void redefiningATargetUnderItsOwnCodeIsNotADuplicate() {
        PledgeTarget t = defineWithId(hamletShare("ban-cong-tac-tot", "HTT", "80"), 1);
        PledgeTarget same = f.redefine(v, t, hamletShare("ban-cong-tac-tot", "HTT", "85"));
        assertSame(t, same);
        assertEquals(0, new BigDecimal("85").compareTo(t.getThreshold()));
        assertEquals(1, v.getTargets().size());
    }

    @Test
    void redefiningAnUnknownTargetIsRefused() {
        assertEquals("pledge.error.targetUnknown",
                violationKey(() -> v.defineTarget(99L, hamletShare("ban-cong-tac-tot", "HTT", "80"), f.ranks,
                        f.childCategories, f.memberIds(), f.units)));
    }

    @Test
    void targetsArePositionedInOrderAndRemovalRenumbers() {
        define(hamletShare("a1", "HTT", "80"));
        PledgeTarget second = defineWithId(hamletShare("a2", "HTT", "80"), 2);
        PledgeTarget third = define(hamletShare("a3", "HTT", "80"));
        assertEquals(3, third.getPosition());
        v.removeTarget(second.getId());
        assertEquals(List.of("a1", "a3"), codes(v));
        assertEquals(2, third.getPosition());
    }

    // ---- "of which" bases -----------------------------------------------------------------------------------------

    @Test
    void baseMustExist() {
        RuleViolation e = violation(() -> define(ofWhich("ban-cong-tac-xuat-sac", "HTXS", "khong-co")));
        assertEquals("target.error.baseUnknown", e.getKey());
        assertEquals(List.of("khong-co"), e.getArgs());
    }

    @Test
    void aBetterLevelOfTheSameUnitsMayCountOfWhichAPlainRatedShare() {
        define(hamletShare("ban-cong-tac-tot", "HTT", "80"));
        PledgeTarget excellent = define(ofWhich("ban-cong-tac-xuat-sac", "HTXS", "Ban-Cong-Tac-Tot"));
        assertEquals("ban-cong-tac-tot", excellent.getBaseCode());
    }

    @Test
    void baseMustBeARatedShare() {
        define(hamletCount("khong-yeu-kem", "KHT", "0"));
        assertEquals("target.error.baseMismatch", violationKey(() -> define(ofWhich("ban-cong-tac-xuat-sac", "HTXS", "khong-yeu-kem"))));
    }

    @Test
    void baseMustNotItselfHaveABase() {
        define(hamletShare("ban-cong-tac-kha", "HT", "90"));
        define(ofWhich("ban-cong-tac-tot", "HTT", "ban-cong-tac-kha"));
        assertEquals("target.error.baseMismatch", violationKey(() -> define(ofWhich("ban-cong-tac-xuat-sac", "HTXS", "ban-cong-tac-tot"))));
    }

    @Test
    void baseMustCountTheSameSubject() {
        define(memberShare("uy-ban-xa-tot", "HTT", "100"));
        RuleViolation e = violation(() -> define(ofWhich("ban-cong-tac-xuat-sac", "HTXS", "uy-ban-xa-tot")));
        assertEquals("target.error.baseMismatch", e.getKey());
        assertEquals(List.of("uy-ban-xa-tot"), e.getArgs());
    }

    @Test
    void baseMustCountTheSameChildCategory() {
        define(hamletShare("ban-cong-tac-tot", "HTT", "80"));
        TargetSpec organisations = ofWhich("to-chuc-xuat-sac", "HTXS", "ban-cong-tac-tot");
        organisations.setChildCategory("MEMBER_ORG");
        assertEquals("target.error.baseMismatch", violationKey(() -> define(organisations)));
    }

    @Test
    void levelMustBeStrictlyBetterThanTheBase() {
        define(hamletShare("ban-cong-tac-tot", "HTT", "80"));
        RuleViolation same = violation(() -> define(ofWhich("ban-cong-tac-tot-2", "HTT", "ban-cong-tac-tot")));
        assertEquals("target.error.baseLevel", same.getKey());
        assertEquals(List.of("ban-cong-tac-tot"), same.getArgs());
        assertEquals("target.error.baseLevel", violationKey(() -> define(ofWhich("ban-cong-tac-kha", "HT", "ban-cong-tac-tot"))));
        assertEquals(List.of("ban-cong-tac-tot"), codes(v));
    }

    @Test
    void aTargetCannotBecomeOfWhichItselfUnderANewCode() {
        PledgeTarget t = defineWithId(hamletShare("ban-cong-tac-tot", "HTT", "80"), 1);
        assertEquals("target.error.baseMismatch",
                violationKey(() -> f.redefine(v, t, ofWhich("ban-cong-tac-xuat-sac", "HTXS", "ban-cong-tac-tot"))));
    }

    @Test
    void renamingATargetUsedAsABaseIsRefused() {
        PledgeTarget good = defineWithId(hamletShare("ban-cong-tac-tot", "HTT", "80"), 1);
        define(ofWhich("ban-cong-tac-xuat-sac", "HTXS", "ban-cong-tac-tot"));
        RuleViolation e = violation(() -> f.redefine(v, good, hamletShare("ban-cong-tac-tot-moi", "HTT", "80")));
        assertEquals("target.error.codeInUse", e.getKey());
        assertEquals(List.of("ban-cong-tac-tot"), e.getArgs());
        assertEquals("ban-cong-tac-tot", good.getCode());
    }

    @Test
    void aTargetUsedAsABaseMustStayAPlainRatedShare() {
        PledgeTarget good = defineWithId(hamletShare("ban-cong-tac-tot", "HTT", "80"), 1);
        define(ofWhich("ban-cong-tac-xuat-sac", "HTXS", "ban-cong-tac-tot"));
        assertEquals("target.error.codeInUse", violationKey(() -> f.redefine(v, good, hamletCount("ban-cong-tac-tot", "KHT", "0"))));
        // its threshold may change
        f.redefine(v, good, hamletShare("ban-cong-tac-tot", "HTT", "85"));
        assertEquals(0, new BigDecimal("85").compareTo(good.getThreshold()));
    }

    @Test
    void aTargetUsedAsABaseCannotBeRedefinedToBreakItsOfWhichTargets() {
        PledgeTarget good = defineWithId(hamletShare("ban-cong-tac-tot", "HTT", "80"), 1);
        define(ofWhich("ban-cong-tac-xuat-sac", "HTXS", "ban-cong-tac-tot"));
        // the base at the same level as the "of which" target: HTXS is then not strictly better than HTXS
        assertEquals("target.error.baseLevel", violationKey(() -> f.redefine(v, good, hamletShare("ban-cong-tac-tot", "HTXS", "80"))));
        // the base over other units than the "of which" target
        assertEquals("target.error.codeInUse", violationKey(() -> f.redefine(v, good, memberShare("ban-cong-tac-tot", "HTT", "80"))));
    }

    @Test
    void removingATargetUsedAsABaseIsRefused() {
        PledgeTarget good = defineWithId(hamletShare("ban-cong-tac-tot", "HTT", "80"), 1);
        PledgeTarget excellent = defineWithId(ofWhich("ban-cong-tac-xuat-sac", "HTXS", "ban-cong-tac-tot"), 2);
        assertEquals("target.error.codeInUse", violationKey(() -> v.removeTarget(good.getId())));
        v.removeTarget(excellent.getId());
        v.removeTarget(good.getId());
        assertTrue(v.getTargets().isEmpty());
    }

    // ---- clause links and quotas ----------------------------------------------------------------------------------

    @Test
    void clauseLinkMustNameAnExistingClause() {
        v.addClause("Điều một", "Nội dung một");
        v.addClause("Điều hai", "Nội dung hai");
        TargetSpec third = hamletShare("ban-cong-tac-tot", "HTT", "80");
        third.setClausePosition(3);
        RuleViolation e = violation(() -> define(third));
        assertEquals("target.error.clauseUnknown", e.getKey());
        assertEquals(List.of(3), e.getArgs());
        TargetSpec zero = hamletShare("ban-cong-tac-tot", "HTT", "80");
        zero.setClausePosition(0);
        assertEquals("target.error.clauseUnknown", violationKey(() -> define(zero)));
        TargetSpec second = hamletShare("ban-cong-tac-tot", "HTT", "80");
        second.setClausePosition(2);
        assertEquals(2, define(second).getClausePosition());
    }

    @Test
    void quotasOnlyForMembers() {
        TargetSpec district = quantity("quy-vi-nguoi-ngheo", "50000000", "đồng");
        district.getQuotas().put(f.district.getId(), new BigDecimal("1"));
        assertEquals("target.error.quotaNotMember", violationKey(() -> define(district)));

        TargetSpec members = quantity("quy-vi-nguoi-ngheo", "50000000", "đồng");
        members.getQuotas().put(f.vanKhanh.getId(), new BigDecimal("60000000"));
        PledgeTarget fund = define(members);
        assertEquals(0, new BigDecimal("60000000").compareTo(fund.quotaOf(f.vanKhanh)));
        assertEquals(0, new BigDecimal("50000000").compareTo(fund.quotaOf(f.dongHung)), "the default quota");
        assertEquals(1, fund.sortedQuotas().size());
    }

    @Test
    void removeClauseRenumbersLaterClausesAndUnlinksOrShiftsTargets() {
        PledgeClause one = v.addClause("Điều một", "Nội dung một");
        PledgeClause two = v.addClause("Điều hai", "Nội dung hai");
        PledgeClause three = v.addClause("Điều ba", "Nội dung ba");
        setId(one, 11);
        setId(two, 12);
        setId(three, 13);
        TargetSpec a = hamletShare("gan-dieu-mot", "HTT", "80");
        a.setClausePosition(1);
        TargetSpec b = hamletShare("gan-dieu-hai", "HTT", "80");
        b.setClausePosition(2);
        TargetSpec c = hamletShare("gan-dieu-ba", "HTT", "80");
        c.setClausePosition(3);
        TargetSpec d = hamletShare("khong-gan", "HTT", "80");
        PledgeTarget ta = define(a);
        PledgeTarget tb = define(b);
        PledgeTarget tc = define(c);
        PledgeTarget td = define(d);

        v.removeClause(two.getId());

        assertEquals(List.of("Điều một", "Điều ba"), v.getClauses().stream().map(PledgeClause::getTitle).toList());
        assertEquals(1, one.getPosition());
        assertEquals(2, three.getPosition());
        assertEquals(1, ta.getClausePosition());
        assertNull(tb.getClausePosition(), "linked to the removed clause: unlinked");
        assertEquals(2, tc.getClausePosition(), "linked to a later clause: follows it");
        assertNull(td.getClausePosition());
    }

    @Test
    void editAndRemoveUnknownClauseAreRefused() {
        v.addClause("Điều một", "Nội dung một"); // id stays null: not found by id
        assertEquals("pledge.error.clauseUnknown", violationKey(() -> v.editClause(1L, "x", "y")));
        assertEquals("pledge.error.clauseUnknown", violationKey(() -> v.removeClause(1L)));
    }

    @Test
    void clauseBodyIsRequired() {
        RuleViolation e = violation(() -> v.addClause("Điều một", "  \n "));
        assertEquals("error.required", e.getKey());
        assertEquals(List.of("body"), e.getArgs());
        assertTrue(v.getClauses().isEmpty());
    }

    // ---- life cycle -----------------------------------------------------------------------------------------------

    @Test
    void openDiscussionMovesDraftToDiscussionOnce() {
        v.openDiscussion();
        assertEquals(PledgeStatus.DISCUSSION, v.getStatus());
        assertEquals("pledge.error.notDraft", violationKey(v::openDiscussion));
        assertTrue(v.isEditable());
        v.addClause("Điều một", "Góp ý đã tiếp thu");
        assertEquals(1, v.getClauses().size());
    }

    @Test
    void commentsAreTakenOnlyDuringDiscussion() {
        assertEquals("comment.error.notInDiscussion",
                violationKey(() -> new Comment(v, 31042L, 5L, "Nguyễn Văn A", null, "Đề nghị sửa", T0)));
        v.openDiscussion();
        Comment c = new Comment(v, 31042L, 5L, "Nguyễn Văn A", " ", "Đề nghị sửa Điều 2", T0);
        assertEquals("general", c.getAnchor());
        assertEquals("comment.error.anchor",
                violationKey(() -> new Comment(v, 31042L, 5L, "Nguyễn Văn A", "target:Ban Công", "Đề nghị", T0)));
        assertEquals("target:ban-cong-tac-tot",
                new Comment(v, 31042L, 5L, "Nguyễn Văn A", "target:ban-cong-tac-tot", "Đề nghị", T0).getAnchor());
    }

    @Test
    void finaliseOfAnEmptyVersionIsRefused() {
        assertEquals("pledge.error.empty", violationKey(() -> v.finalise(f.cluster.getMemberUnits(), T0, "TD-1")));
        assertEquals(PledgeStatus.DRAFT, v.getStatus());
    }

    @Test
    void finaliseWithoutMembersIsRefused() {
        v.addClause("Điều một", "Nội dung một");
        assertEquals("pledge.error.noMembers", violationKey(() -> v.finalise(List.of(), T0, "TD-1")));
    }

    @Test
    void finaliseWithChairsRequiresOneChairPerMemberSortedByUnitCode() {
        PledgeVersion chairs = f.newPledge(SignerPolicy.CHAIRS).current();
        chairs.addClause("Điều một", "Nội dung một");
        chairs.finalise(f.cluster.getMemberUnits(), T0, "TD-7K3M-9QXP");
        assertEquals(PledgeStatus.FINAL, chairs.getStatus());
        assertEquals(T0, chairs.getFinalisedAt());
        assertEquals("TD-7K3M-9QXP", chairs.getVerificationCode());
        List<RequiredSigner> signers = chairs.getSigners();
        assertEquals(List.of("31033", "31042", "31048"), signers.stream().map(s -> s.getUnit().getCode()).toList());
        assertTrue(signers.stream().allMatch(s -> s.getOffice() == Office.CHAIR));
        assertEquals(List.of(1, 2, 3), signers.stream().map(RequiredSigner::getPosition).toList());
    }

    @Test
    void finaliseWithChairsAndViceChairsRequiresTwoPerMember() {
        f.withContent(v);
        v.finalise(f.cluster.getMemberUnits(), T0, "TD-1");
        List<String> slots = v.getSigners().stream().map(s -> s.getUnit().getCode() + ":" + s.getOffice()).toList();
        assertEquals(List.of("31033:CHAIR", "31033:VICE_CHAIR", "31042:CHAIR", "31042:VICE_CHAIR",
                "31048:CHAIR", "31048:VICE_CHAIR"), slots);
        assertTrue(v.requires(f.vanKhanh, Office.VICE_CHAIR));
        assertFalse(v.requires(f.district, Office.CHAIR));
    }

    @Test
    void afterFinaliseEveryEditIsRefused() {
        f.withContent(v);
        PledgeClause first = v.getClauses().get(0);
        setId(first, 11);
        PledgeTarget fund = v.getTargets().get(1);
        setId(fund, 2);
        v.finalise(f.cluster.getMemberUnits(), T0, "TD-1");
        assertFalse(v.isEditable());
        String notEditable = "pledge.error.notEditable";
        assertEquals(notEditable, violationKey(() -> v.describe("Tiêu đề mới", "An Minh", "", SignerPolicy.CHAIRS)));
        assertEquals(notEditable, violationKey(() -> v.addClause("Điều mới", "Nội dung")));
        assertEquals(notEditable, violationKey(() -> v.editClause(11L, "Điều một", "Sửa")));
        assertEquals(notEditable, violationKey(() -> v.removeClause(11L)));
        assertEquals(notEditable, violationKey(() -> define(hamletShare("moi", "HTT", "80"))));
        assertEquals(notEditable, violationKey(() -> f.redefine(v, fund, quantity("quy-vi-nguoi-ngheo", "1", "đồng"))));
        assertEquals(notEditable, violationKey(() -> v.removeTarget(2L)));
        assertEquals(notEditable, violationKey(() -> v.finalise(f.cluster.getMemberUnits(), T0, "TD-2")));
        assertEquals("pledge.error.notDraft", violationKey(v::openDiscussion));
        assertEquals(2, v.getClauses().size());
        assertEquals(2, v.getTargets().size());
        assertEquals(6, v.getSigners().size());
    }

    @Test
    void sealOnlyOnceAndOnlyWhenFinal() {
        f.withContent(v);
        assertEquals("pledge.error.notFinal", violationKey(() -> v.seal("a".repeat(64))));
        String fp = f.finaliseAndSeal(v);
        assertEquals(fp, v.getFingerprint());
        assertEquals("pledge.error.notFinal", violationKey(() -> v.seal("b".repeat(64))));
        assertEquals(fp, v.getFingerprint());
    }

    @Test
    void requireSignableAcceptsARequiredSlotWithTheCurrentFingerprint() {
        f.withContent(v);
        String fp = f.finaliseAndSeal(v);
        v.requireSignable(f.vanKhanh, Office.VICE_CHAIR, fp);
    }

    @Test
    void requireSignableRefusesAWrongFingerprint() {
        f.withContent(v);
        String fp = f.finaliseAndSeal(v);
        assertEquals("pledge.error.fingerprintChanged",
                violationKey(() -> v.requireSignable(f.vanKhanh, Office.CHAIR, fp.replace(fp.charAt(0), fp.charAt(0) == 'a' ? 'b' : 'a'))));
        assertEquals("pledge.error.fingerprintChanged", violationKey(() -> v.requireSignable(f.vanKhanh, Office.CHAIR, null)));
    }

    @Test
    void requireSignableRefusesAFinalVersionNotYetSealed() {
        f.withContent(v);
        v.finalise(f.cluster.getMemberUnits(), T0, "TD-1");
        assertEquals("pledge.error.fingerprintChanged", violationKey(() -> v.requireSignable(f.vanKhanh, Office.CHAIR, null)));
    }

    @Test
    void requireSignableRefusesAUnitOrOfficeThatIsNotRequired() {
        f.withContent(v);
        String fp = f.finaliseAndSeal(v);
        RuleViolation outsider = violation(() -> v.requireSignable(f.district, Office.CHAIR, fp));
        assertEquals("pledge.error.notRequiredSigner", outsider.getKey());
        assertEquals(List.of("Huyện An Minh"), outsider.getArgs());
        assertEquals("pledge.error.notRequiredSigner", violationKey(() -> v.requireSignable(f.vanKhanh, Office.CONFIRM, fp)));

        PledgeVersion chairs = f.newPledge(SignerPolicy.CHAIRS).current();
        f.withContent(chairs);
        String chairsFp = f.finaliseAndSeal(chairs);
        assertEquals("pledge.error.notRequiredSigner", violationKey(() -> chairs.requireSignable(f.vanKhanh, Office.VICE_CHAIR, chairsFp)));
    }

    @Test
    void requireSignableRefusesADraftOrDiscussion() {
        f.withContent(v);
        assertEquals("pledge.error.notOpenForSigning", violationKey(() -> v.requireSignable(f.vanKhanh, Office.CHAIR, null)));
        v.openDiscussion();
        assertEquals("pledge.error.notOpenForSigning", violationKey(() -> v.requireSignable(f.vanKhanh, Office.CHAIR, null)));
    }

    @Test
    void requireSignableRefusesASupersededVersion() {
        f.withContent(v);
        String fp = f.finaliseAndSeal(v);
        pledge.amend(f.units);
        assertEquals(PledgeStatus.SUPERSEDED, v.getStatus());
        assertEquals("pledge.error.superseded", violationKey(() -> v.requireSignable(f.vanKhanh, Office.CHAIR, fp)));
    }

    @Test
    void requireSignableRefusesASignedVersion() {
        PledgeVersion chairs = f.newPledge(SignerPolicy.CHAIRS).current();
        f.withContent(chairs);
        String fp = f.finaliseAndSeal(chairs);
        chairs.confirm(allChairSignatures(chairs), T0.plusSeconds(3600));
        assertEquals("pledge.error.notOpenForSigning", violationKey(() -> chairs.requireSignable(f.vanKhanh, Office.CHAIR, fp)));
    }

    private List<Signature> allChairSignatures(PledgeVersion version) {
        List<Signature> signatures = new ArrayList<>();
        signatures.add(Signature.online(version, f.dongHung, Office.CHAIR, 1L, "Danh Sà Rết", "Chủ tịch", T0, "10.0.0.1", "Firefox"));
        signatures.add(Signature.paper(version, f.vanKhanh, Office.CHAIR, "Trương Văn Bảy", "Chủ tịch", T0, 77L, 3L));
        signatures.add(Signature.online(version, f.vanKhanhTay, Office.CHAIR, 2L, "Châu Văn Ẩn", "Chủ tịch", T0, null, null));
        return signatures;
    }

    @Test
    void confirmIsRefusedUntilEveryRequiredSlotIsSigned() {
        f.withContent(v);
        String fp = f.finaliseAndSeal(v);
        List<Signature> signatures = new ArrayList<>();
        for (Unit member : List.of(f.dongHung, f.vanKhanh, f.vanKhanhTay)) {
            signatures.add(Signature.online(v, member, Office.CHAIR, 1L, "Chủ tịch " + member.getName(), "Chủ tịch", T0, null, null));
        }
        signatures.add(Signature.paper(v, f.dongHung, Office.VICE_CHAIR, "Phó " + f.dongHung.getName(), "Phó Chủ tịch", T0, 70L, 3L));
        signatures.add(Signature.paper(v, f.vanKhanh, Office.VICE_CHAIR, "Phó " + f.vanKhanh.getName(), "Phó Chủ tịch", T0, 71L, 3L));
        // a second chair signature of Vân Khánh Tây does not fill its vice-chair slot
        signatures.add(Signature.online(v, f.vanKhanhTay, Office.CHAIR, 9L, "Người khác", "Chủ tịch", T0, null, null));
        assertFalse(v.isCompleteWith(signatures));
        assertEquals("pledge.error.signaturesMissing", violationKey(() -> v.confirm(signatures, T0)));
        assertEquals(PledgeStatus.FINAL, v.getStatus());

        Signature last = Signature.online(v, f.vanKhanhTay, Office.VICE_CHAIR, 4L, "Đỗ Thị Yến", "Phó Chủ tịch", T0, null, null);
        assertEquals(fp, last.getFingerprint());
        assertTrue(last.getUnitName().equals("Vân Khánh Tây"));
        signatures.add(last);
        Instant at = T0.plusSeconds(86_400);
        v.confirm(signatures, at);
        assertEquals(PledgeStatus.SIGNED, v.getStatus());
        assertEquals(at, v.getSignedAt());
        assertEquals("pledge.error.notOpenForSigning", violationKey(() -> v.confirm(signatures, at)));
    }

    @Test
    void confirmIsRefusedBeforeFinal() {
        f.withContent(v);
        assertEquals("pledge.error.notOpenForSigning", violationKey(() -> v.confirm(List.of(), T0)));
    }

    @Test
    void amendOfADraftIsRefused() {
        f.withContent(v);
        assertEquals("pledge.error.amendNotFinal", violationKey(() -> pledge.amend(f.units)));
        assertEquals(1, pledge.getVersions().size());
    }

    @Test
    void amendSupersedesAndStartsDraftNumberTwoWithTheSameContent() {
        f.withContent(v);
        define(ofWhich("ban-cong-tac-xuat-sac", "HTXS", "ban-cong-tac-tot"));
        f.finaliseAndSeal(v);

        PledgeVersion next = pledge.amend(f.units);

        assertEquals(PledgeStatus.SUPERSEDED, v.getStatus());
        assertNotSame(v, next);
        assertSame(next, pledge.current());
        assertEquals(List.of(v, next), pledge.getVersions());
        assertEquals(2, next.getNumber());
        assertEquals(PledgeStatus.DRAFT, next.getStatus());
        assertTrue(next.isEditable());
        assertNull(next.getFingerprint());
        assertNull(next.getVerificationCode());
        assertTrue(next.getSigners().isEmpty());
        assertEquals(v.getTitle(), next.getTitle());
        assertEquals(v.getPlace(), next.getPlace());
        assertEquals(v.getPreamble(), next.getPreamble());
        assertEquals(v.getSignerPolicy(), next.getSignerPolicy());
        assertEquals(v.getClauses().stream().map(c -> c.getPosition() + c.getTitle() + c.getBody()).toList(),
                next.getClauses().stream().map(c -> c.getPosition() + c.getTitle() + c.getBody()).toList());
        assertEquals(List.of("ban-cong-tac-tot", "quy-vi-nguoi-ngheo", "ban-cong-tac-xuat-sac"), codes(next));
        PledgeTarget fund = next.targetByCode("quy-vi-nguoi-ngheo").orElseThrow();
        assertEquals(2, fund.getClausePosition());
        assertEquals("đồng", fund.getUnitOfMeasure());
        assertEquals(0, new BigDecimal("60000000").compareTo(fund.quotaOf(f.vanKhanh)));
        assertEquals("ban-cong-tac-tot", next.targetByCode("ban-cong-tac-xuat-sac").orElseThrow().getBaseCode());
        // the superseded version keeps its content
        assertEquals(3, v.getTargets().size());
        assertEquals(6, v.getSigners().size());
    }

    @Test
    void aSignedVersionCanBeAmendedToo() {
        PledgeVersion chairs = f.newPledge(SignerPolicy.CHAIRS).current();
        f.withContent(chairs);
        f.finaliseAndSeal(chairs);
        chairs.confirm(allChairSignatures(chairs), T0);
        PledgeVersion next = chairs.getPledge().amend(f.units);
        assertEquals(PledgeStatus.SUPERSEDED, chairs.getStatus());
        assertEquals(2, next.getNumber());
        assertEquals("pledge.error.amendNotFinal", violationKey(() -> chairs.getPledge().amend(f.units)));
    }

    @Test
    void amendIsRefusedOnceTheCampaignIsClosed() {
        f.withContent(v);
        f.finaliseAndSeal(v);
        f.campaign.launch();
        f.campaign.close();
        assertEquals("campaign.error.closed", violationKey(() -> pledge.amend(f.units)));
        assertEquals(PledgeStatus.FINAL, v.getStatus());
    }

    @Test
    void startingFromAnotherVersionCopiesItAsDraftOne() {
        f.withContent(v);
        f.finaliseAndSeal(v);
        Pledge next = Pledge.startingFrom(f.cluster, v, f.units);
        PledgeVersion copy = next.current();
        assertEquals(1, copy.getNumber());
        assertEquals(PledgeStatus.DRAFT, copy.getStatus());
        assertSame(next, copy.getPledge());
        assertEquals(codes(v), codes(copy));
        assertEquals(PledgeStatus.FINAL, v.getStatus(), "the model is untouched");
        assertEquals(Set.of(), Set.copyOf(copy.getSigners()));
    }
}
