package vn.thidua.pledge;

import org.junit.jupiter.api.Test;
import vn.thidua.shared.Sha256;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.thidua.pledge.PledgeFixture.T0;
import static vn.thidua.pledge.PledgeFixture.hamletShare;
import static vn.thidua.pledge.PledgeFixture.quantity;

/**
 * A pledge's canonical form and fingerprint as the code computed them before any library replaced the hand-written
 * JSON writer (December 2026). Signed pledges are verified by recomputing exactly this text, so it must never change
 * for the same content: a failure here means every existing signature would stop verifying. If the form has to
 * change, add a new {@link PledgeCanonicalForm#FORMAT} and keep this one reproducible.
 */
class PledgeFingerprintFixtureTest {

    /** Held verbatim: quotes, a backslash, a decomposed accent (stored as NFC), a threshold 80.50 and a quota 4E+7 pin the spelling. */
    static final String FORM_V1 = "{\"format\":\"thidua-pledge/1\",\"pledge\":0,\"campaign\":{\"organiser\":\"909\",\"year\":2022,\"name\":\"Thi đua năm 2022\"},"
            + "\"cluster\":\"Cụm thi đua số 1\",\"version\":1,\"title\":\"Giao ước thi đua năm 2022\",\"place\":\"An Minh\","
            + "\"preamble\":\"Căn cứ kế hoạch phát động phong trào thi đua năm 2022.\",\"signerPolicy\":\"CHAIRS_AND_VICE_CHAIRS\","
            + "\"ratingScale\":[{\"code\":\"HTXS\",\"name\":\"Hoàn thành xuất sắc nhiệm vụ\",\"rank\":1},{\"code\":\"HTT\","
            + "\"name\":\"Hoàn thành tốt nhiệm vụ\",\"rank\":2},{\"code\":\"HT\",\"name\":\"Hoàn thành nhiệm vụ\",\"rank\":3},"
            + "{\"code\":\"KHT\",\"name\":\"Không hoàn thành nhiệm vụ\",\"rank\":4}],\"clauses\":[{\"number\":1,\"title\":\"Chấp hành chỉ đạo\","
            + "\"body\":\"Chấp hành nghiêm các ý kiến chỉ đạo của cấp trên.\"},{\"number\":2,\"title\":\"Chất lượng \\\"Ban Công tác\\\"\","
            + "\"body\":\"- Phấn đấu có 80 % Ban\\nhoàn thành tốt \\\\ nhiệm vụ.\\n**Hoà**\"}],\"targets\":[{\"position\":1,"
            + "\"code\":\"ban-cong-tac-tot\",\"name\":\"Ban Công tác Mặt trận đạt HTT\",\"kind\":\"RATED_SHARE\",\"subject\":\"CHILD_UNITS\","
            + "\"childCategory\":\"HAMLET\",\"level\":\"HTT\",\"threshold\":80.5,\"base\":null,\"unitOfMeasure\":null,"
            + "\"peopleGroup\":null,\"peopleTitle\":null,\"deadline\":null,\"eachMember\":true,\"clusterWide\":false,"
            + "\"clause\":2,\"quotas\":[]},{\"position\":2,\"code\":\"quy-vi-nguoi-ngheo\",\"name\":\"Vận động Quỹ “Vì người nghèo”\","
            + "\"kind\":\"QUANTITY\",\"subject\":null,\"childCategory\":null,\"level\":null,\"threshold\":50000000,\"base\":null,"
            + "\"unitOfMeasure\":\"đồng\",\"peopleGroup\":null,\"peopleTitle\":null,\"deadline\":null,\"eachMember\":true,"
            + "\"clusterWide\":true,\"clause\":0,\"quotas\":[{\"unit\":\"31033\",\"quota\":40000000},{\"unit\":\"31048\","
            + "\"quota\":70000000}]}],\"signers\":[{\"unit\":\"31033\",\"unitName\":\"Đông Hưng\",\"office\":\"CHAIR\"},"
            + "{\"unit\":\"31033\",\"unitName\":\"Đông Hưng\",\"office\":\"VICE_CHAIR\"},{\"unit\":\"31042\",\"unitName\":\"Vân Khánh\","
            + "\"office\":\"CHAIR\"},{\"unit\":\"31042\",\"unitName\":\"Vân Khánh\",\"office\":\"VICE_CHAIR\"},{\"unit\":\"31048\","
            + "\"unitName\":\"Vân Khánh Tây\",\"office\":\"CHAIR\"},{\"unit\":\"31048\",\"unitName\":\"Vân Khánh Tây\","
            + "\"office\":\"VICE_CHAIR\"}]}";
    static final String FINGERPRINT_V1 = "031758fee2d540395d68737fae290cf39d724646b66ea59ee7eb767af37b8862";

    private final PledgeFixture f = new PledgeFixture();

    private PledgeVersion signedBeforeTheChange() {
        PledgeVersion v = f.newPledge(SignerPolicy.CHAIRS_AND_VICE_CHAIRS).current();
        v.addClause("Chấp hành chỉ đạo", "Chấp hành nghiêm các ý kiến chỉ đạo của cấp trên.");
        v.addClause("Chất lượng \"Ban Công tác\"", "- Phấn đấu\tcó 80 % Ban\r\nhoàn thành to\u0302\u0301t \\ nhiệm vụ.\n**Hoà**");
        TargetSpec good = hamletShare("ban-cong-tac-tot", "HTT", "80.50");
        good.setClausePosition(2);
        f.define(v, good);
        TargetSpec fund = quantity("quy-vi-nguoi-ngheo", "50000000", "đồng");
        fund.getQuotas().put(f.vanKhanhTay.getId(), new BigDecimal("70000000"));
        fund.getQuotas().put(f.dongHung.getId(), new BigDecimal("4E+7"));
        f.define(v, fund);
        v.finalise(f.cluster.getMemberUnits(), T0, "TD-7K3M-9QXP");
        return v;
    }

    @Test
    void theCanonicalFormOfAPledgeSignedBeforeTheChangeIsUnchanged() {
        assertEquals(FORM_V1, PledgeCanonicalForm.of(signedBeforeTheChange(), f.scale));
    }

    @Test
    void itsFingerprintIsUnchangedAndIsTheHashOfThatForm() {
        assertEquals(FINGERPRINT_V1, PledgeCanonicalForm.fingerprint(signedBeforeTheChange(), f.scale));
        assertEquals(FINGERPRINT_V1, Sha256.hex(FORM_V1));
    }
}
