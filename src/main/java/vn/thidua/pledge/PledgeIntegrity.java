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
     * The check for a caller outside any transaction (signing checks the chain before it takes the pledge's row lock,
     * so that a pledge's signers do not queue behind it), in a transaction of its own that reads the pledge row first.
     * Without the lock another signer may commit while it reads: the province load run still saw, twice in 204
     * signatures, a signature without its entry. So a "not intact" here is not a verdict: the caller then checks again
     * under the lock ({@link #requireIntact(Pledge)}), where nobody can append, and only that refuses.
     */
    @Transactional
    public boolean looksIntact(long pledgeId) {
        Pledge pledge = em.find(Pledge.class, pledgeId);
        if (pledge == null) {
            return false;
        }
        IntegrityReport report = check(pledge);
        if (!report.isIntact()) {
            LOG.fine(() -> "pledge " + pledgeId + " not intact before the lock (checked again under it): " + report);
        }
        return report.isIntact();
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
