package vn.thidua.pledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.thidua.pledge.document.PledgePdfWriter;
import vn.thidua.shared.Sha256;
import vn.thidua.shared.VietnamTime;
import vn.thidua.shared.text.VerificationCode;

import java.util.List;
import java.util.Optional;

/**
 * Public verification (no sign-in): by the code printed on the document, or by the document itself. An uploaded file
 * is valid only if it is byte for byte the document issued when the version was confirmed; a file that carries our
 * code but differs was modified. Either way the stored pledge is re-checked against its audit chain first.
 */
@ApplicationScoped
public class PledgeVerifier {

    @PersistenceContext
    EntityManager em;

    @Inject
    PledgeIntegrity integrity;

    /** Uploaded documents parsed per client address (the page is public): see the class. */
    private final DocumentCheckThrottle throttle = new DocumentCheckThrottle();

    @Transactional
    public Verification byCode(String typed) {
        Optional<String> code = VerificationCode.normalise(typed);
        if (code.isEmpty()) {
            return Verification.of(Verification.Outcome.MALFORMED);
        }
        return find(code.get()).map(this::describe).orElseGet(() -> Verification.of(Verification.Outcome.UNKNOWN));
    }

    /**
     * @param client the real client's address (behind a trusted proxy, the one it forwarded): each address may have
     *               {@value DocumentCheckThrottle#DEFAULT_LIMIT} documents checked per 10 minutes; past that the answer
     *               is {@link Verification.Outcome#TOO_MANY} and nothing is hashed or parsed
     */
    @Transactional
    public Verification byDocument(byte[] pdf, String client) {
        if (pdf == null || pdf.length == 0) {
            return Verification.of(Verification.Outcome.UNKNOWN);
        }
        java.time.Duration wait = throttle.admit(client);
        if (!wait.isZero()) {
            return Verification.tooMany(wait);
        }
        List<PledgeVersion> issued = em.createQuery("SELECT v FROM PledgeVersion v WHERE v.documentSha256 = :h", PledgeVersion.class)
                .setParameter("h", Sha256.hex(pdf)).getResultList();
        if (!issued.isEmpty()) {
            PledgeVersion v = issued.get(0);
            IntegrityReport report = integrity.check(v.getPledge());
            Optional<String[]> printed = PledgePdfWriter.readChainHead(pdf);
            if (report.isIntact() && printed.isPresent() && !headStillLogged(v.getPledge(), printed.get())) {
                // the log and the head on the pledge row were both cut back: the document remembers how long it was
                report = IntegrityReport.broken("integrity.documentHead", printed.get()[0]);
            }
            return describe(v, report);
        }
        Optional<PledgeVersion> claimed = PledgePdfWriter.readVerificationCode(pdf).flatMap(VerificationCode::normalise).flatMap(this::find);
        if (claimed.isPresent()) {
            Verification v = Verification.of(Verification.Outcome.MODIFIED);
            v.code = claimed.get().getVerificationCode();
            return v;
        }
        return Verification.of(Verification.Outcome.UNKNOWN);
    }

    /** The entry the document printed as the log's head is still in the log, with the same hash. */
    private boolean headStillLogged(Pledge pledge, String[] printed) {
        int seq = Integer.parseInt(printed[0]);
        if (seq == 0) {
            return true;
        }
        return em.createQuery("SELECT e.hash FROM PledgeEvent e WHERE e.pledgeId = :p AND e.seq = :s", String.class)
                .setParameter("p", pledge.getId()).setParameter("s", seq).getResultList().stream()
                .anyMatch(printed[1]::equals);
    }

    private Optional<PledgeVersion> find(String code) {
        return em.createQuery("SELECT v FROM PledgeVersion v WHERE v.verificationCode = :c", PledgeVersion.class)
                .setParameter("c", code).getResultList().stream().findFirst();
    }

    private Verification describe(PledgeVersion v) {
        Pledge pledge = v.getPledge();
        return describe(v, integrity.check(pledge));
    }

    private Verification describe(PledgeVersion v, IntegrityReport report) {
        Pledge pledge = v.getPledge();
        Verification result;
        if (!report.isIntact()) {
            result = Verification.of(Verification.Outcome.TAMPERED);
            result.brokenKey = report.getBrokenKey();
            result.brokenArgs = report.getArgs();
        } else {
            result = Verification.of(v.getSignedAt() != null ? Verification.Outcome.VALID : Verification.Outcome.NOT_SIGNED);
        }
        result.code = v.getVerificationCode();
        result.title = v.getTitle();
        result.clusterName = pledge.getCluster().getName();
        result.version = v.getNumber();
        result.signatures = em.createQuery("SELECT COUNT(s) FROM Signature s WHERE s.version = :v AND s.office <> :c", Long.class)
                .setParameter("v", v).setParameter("c", Office.CONFIRM).getSingleResult().intValue();
        result.completedAt = VietnamTime.format(v.getSignedAt());
        result.superseded = v.getStatus() == PledgeStatus.SUPERSEDED;
        return result;
    }
}
