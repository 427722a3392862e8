package vn.thidua.pledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.thidua.campaign.RatingLevel;
import vn.thidua.shared.RuleViolation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Loads what {@link AuditChain} needs for one pledge and runs it, inside the caller's transaction: for the pledge
 * page, the API, the public verification, and the use cases that must not act on an altered pledge (sign, confirm).
 */
@ApplicationScoped
public class PledgeIntegrity {

    private static final Logger LOG = Logger.getLogger(PledgeIntegrity.class.getName());

    @PersistenceContext
    EntityManager em;

    public List<PledgeEvent> events(Pledge pledge) {
        return em.createQuery("SELECT e FROM PledgeEvent e WHERE e.pledgeId = :p ORDER BY e.seq", PledgeEvent.class)
                .setParameter("p", pledge.getId()).getResultList();
    }

    public IntegrityReport check(Pledge pledge) {
        return check(pledge, events(pledge));
    }

    public IntegrityReport check(Pledge pledge, List<PledgeEvent> events) {
        List<Signature> signatures = em.createQuery("SELECT s FROM Signature s WHERE s.version.pledge = :p ORDER BY s.id", Signature.class)
                .setParameter("p", pledge).getResultList();
        List<RatingLevel> levels = em.createQuery("SELECT l FROM RatingLevel l WHERE l.campaign = :c ORDER BY l.rank", RatingLevel.class)
                .setParameter("c", pledge.getCampaign()).getResultList();
        Map<Long, String> stored = storedSha256(Stream.concat(
                signatures.stream().map(Signature::getScanFileId),
                pledge.getVersions().stream().map(v -> v.getDocument() == null ? null : v.getDocument().getId()))
                .filter(Objects::nonNull).distinct().toList());
        return AuditChain.check(events, pledge.head(), pledge.getVersions(), v -> PledgeCanonicalForm.fingerprint(v, levels),
                signatures, stored::get);
    }

    /**
     * The same check for a caller outside any transaction (signing checks the chain before it takes the pledge's row
     * lock): the pledge is read again first in a transaction of its own, so that the pledge row, its log, its
     * signatures and its files are all read from one InnoDB snapshot. Read statement by statement, a signature
     * committed by another signer between two of them looks like a cut or an unrecorded entry.
     */
    @Transactional
    public void requireIntact(long pledgeId) {
        Pledge pledge = em.find(Pledge.class, pledgeId);
        RuleViolation.require(pledge != null, "pledge.error.chainBroken");
        requireIntact(pledge);
    }

    /** Sign and confirm refuse to act on a pledge whose log or rows were altered behind the application's back. */
    public void requireIntact(Pledge pledge) {
        IntegrityReport report = check(pledge);
        if (!report.isIntact()) {
            // an alteration, or a defect of this check: either way the operators must be able to tell which entry
            LOG.warning(() -> "pledge " + pledge.getId() + " refused: integrity check failed: " + report);
        }
        RuleViolation.require(report.isIntact(), "pledge.error.chainBroken");
    }

    /**
     * The SHA-256 of the bytes as stored now, computed by the database (a scan is up to 10 MB: only the hash travels).
     */
    private Map<Long, String> storedSha256(List<Long> fileIds) {
        Map<Long, String> hashes = new HashMap<>();
        if (fileIds.isEmpty()) {
            return hashes;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, LOWER(SHA2(content, 256)) FROM stored_file WHERE id IN ("
                        + String.join(",", fileIds.stream().map(String::valueOf).toList()) + ")")
                .getResultList();
        for (Object[] r : rows) {
            hashes.put(((Number) r[0]).longValue(), (String) r[1]);
        }
        return hashes;
    }
}
