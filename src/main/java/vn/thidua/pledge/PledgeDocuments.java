package vn.thidua.pledge;

import vn.thidua.shared.RetryOnConflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.RatingLevel;
import vn.thidua.organisation.Unit;
import vn.thidua.pledge.document.PledgeDocument;
import vn.thidua.pledge.document.PledgePdfWriter;
import vn.thidua.security.Actor;
import vn.thidua.shared.VietnamTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Lays a pledge version out as its document (Decree 30/2020 administrative layout) with the fingerprint, verification
 * code and QR, the signature table and the audit trail. The signed document is rendered once, when the organiser
 * confirms, and kept; before that a printout is rendered on demand and says on every page that it is not signed.
 */
@RetryOnConflict
@ApplicationScoped
public class PledgeDocuments {

    private static final Locale VI = PledgeService.DOCUMENT_LOCALE;

    @PersistenceContext
    EntityManager em;

    /** A printout of a sealed version that is not signed yet (not kept, not verifiable as signed). */
    @Transactional
    public Optional<byte[]> preview(Actor actor, long versionId, String publicBaseUrl) {
        PledgeVersion v = em.find(PledgeVersion.class, versionId);
        if (v == null || !PledgeAccess.canRead(actor, v.getPledge().getCluster()) || v.getFingerprint() == null) {
            return Optional.empty();
        }
        return Optional.of(render(v, publicBaseUrl));
    }

    public byte[] render(PledgeVersion v, String publicBaseUrl) {
        ResourceBundle words = ResourceBundle.getBundle("vn.thidua.i18n.messages", VI);
        Campaign campaign = v.getPledge().getCampaign();
        Unit organiser = campaign.getOrganiser();
        List<RatingLevel> levels = em.createQuery("SELECT l FROM RatingLevel l WHERE l.campaign = :c ORDER BY l.rank", RatingLevel.class)
                .setParameter("c", campaign).getResultList();
        Map<String, String> levelNames = new LinkedHashMap<>();
        levels.forEach(l -> levelNames.put(l.getCode(), l.getName()));
        TargetText text = new TargetText(VI, levelNames);

        List<PledgeDocument.Clause> clauses = new ArrayList<>();
        if (v.getPreamble() != null && !v.getPreamble().isBlank()) {
            clauses.add(new PledgeDocument.Clause("", "", v.getPreamble()));
        }
        for (PledgeClause c : v.getClauses()) {
            clauses.add(new PledgeDocument.Clause(words.getString("document.clause") + " " + c.getPosition(), c.getTitle(), c.getBody()));
        }
        List<PledgeDocument.TargetLine> targets = new ArrayList<>();
        for (PledgeTarget t : v.getTargets()) {
            targets.add(new PledgeDocument.TargetLine(t.getCode(), t.getName() + " — " + text.measure(t), text.threshold(t), text.scope(t)));
        }
        List<Signature> signatures = em.createQuery("SELECT s FROM Signature s WHERE s.version = :v ORDER BY s.id", Signature.class)
                .setParameter("v", v).getResultList();
        Map<Long, String> registrations = new LinkedHashMap<>();
        for (Registration r : em.createQuery("SELECT r FROM Registration r WHERE r.version = :v", Registration.class)
                .setParameter("v", v).getResultList()) {
            registrations.put(r.getUnit().getId(), PledgeQueries.registrationText(r));
        }
        List<PledgeDocument.SignatureLine> lines = new ArrayList<>();
        for (RequiredSigner s : v.getSigners()) {
            Optional<Signature> given = signatures.stream()
                    .filter(sig -> sig.getUnit().equals(s.getUnit()) && sig.getOffice() == s.getOffice()).findFirst();
            lines.add(new PledgeDocument.SignatureLine(s.getUnit().getName(),
                    given.map(Signature::getSignerPosition).orElse(words.getString("office." + s.getOffice().name())),
                    given.map(Signature::getSignerName).orElse(""),
                    given.map(sig -> VietnamTime.format(sig.getSignedAt())).orElse(null),
                    given.map(Signature::isPaper).orElse(false),
                    s.getOffice() == Office.CHAIR ? registrations.getOrDefault(s.getUnit().getId(), "") : ""));
        }
        PledgeDocument.SignatureLine confirmation = signatures.stream().filter(sig -> sig.getOffice() == Office.CONFIRM)
                .findFirst()
                .map(sig -> new PledgeDocument.SignatureLine(sig.getUnitName(), sig.getSignerPosition(), sig.getSignerName(),
                        VietnamTime.format(sig.getSignedAt()), false, ""))
                .orElse(null);
        List<PledgeDocument.AuditLine> audit = new ArrayList<>();
        for (PledgeEvent e : em.createQuery("SELECT e FROM PledgeEvent e WHERE e.pledgeId = :p AND e.versionNumber <= :n ORDER BY e.seq",
                        PledgeEvent.class)
                .setParameter("p", v.getPledge().getId()).setParameter("n", v.getNumber()).getResultList()) {
            audit.add(new PledgeDocument.AuditLine(e.getSeq(), VietnamTime.formatSeconds(e.getOccurredAt()),
                    words.getString("event." + e.getType().name()), e.getActorName(), e.getHash()));
        }
        boolean signed = v.getStatus() == PledgeStatus.SIGNED || (v.getStatus() == PledgeStatus.SUPERSEDED && v.getSignedAt() != null);
        Instant when = signed ? v.getSignedAt() : v.getFinalisedAt();
        String base = publicBaseUrl == null ? "" : publicBaseUrl.replaceAll("/+$", "");
        PledgeDocument doc = PledgeDocument.builder()
                .parentBody(words.getString("document.frontOf") + " "
                        + (organiser.getType().getName() + " " + organiser.getName()).toUpperCase(VI))
                .issuingBody(v.getPledge().getCluster().getName().toUpperCase(VI))
                .place(v.getPlace())
                .date(LocalDate.ofInstant(when, VietnamTime.ZONE))
                .title(words.getString("document.title"))
                .subtitle(v.getTitle())
                .version(v.getNumber())
                .fingerprint(v.getFingerprint())
                .verificationCode(v.getVerificationCode())
                .verificationUrl(base + "/verify.xhtml?code=" + v.getVerificationCode())
                .signed(signed)
                .generatedAt(when)
                .clauses(clauses)
                .targets(targets)
                .signatures(lines)
                .confirmation(confirmation)
                .audit(audit)
                .chainHead(v.getPledge().head().length(), v.getPledge().head().lastHash())
                .build();
        return PledgePdfWriter.write(doc, VI);
    }
}
