package vn.thidua.pledge;

import vn.thidua.campaign.RatingLevel;
import vn.thidua.shared.CanonicalJson;
import vn.thidua.shared.Sha256;

import java.util.Comparator;
import java.util.List;

/**
 * The canonical form of a final pledge version: everything its signers agree to (campaign, cluster, version, text,
 * targets with their quotas, the rating scale the targets refer to, members and required signers), written in one
 * fixed order by {@link CanonicalJson}. Names that may change later (campaign, cluster, units) are read from the copies
 * frozen when the version was finalised, so a rename is not mistaken for tampering. Its SHA-256 is the fingerprint shown on every view and printout; changing any
 * of it, even one diacritic, changes the fingerprint.
 */
public final class PledgeCanonicalForm {

    /** Bump when the form changes, so that old fingerprints stay reproducible. */
    public static final String FORMAT = "thidua-pledge/1";

    private PledgeCanonicalForm() {
    }

    public static String fingerprint(PledgeVersion version, List<RatingLevel> scale) {
        return Sha256.hex(of(version, scale));
    }

    public static String of(PledgeVersion version, List<RatingLevel> scale) {
        Pledge pledge = version.getPledge();
        CanonicalJson json = new CanonicalJson().beginObject()
                .field("format", FORMAT)
                .field("pledge", pledge.getId() == null ? 0 : pledge.getId())
                .beginObject("campaign")
                .field("organiser", version.signedOrganiserCode())
                .field("year", version.signedYear())
                .field("name", version.signedCampaignName())
                .endObject()
                .field("cluster", version.signedClusterName())
                .field("version", version.getNumber())
                .field("title", version.getTitle())
                .field("place", version.getPlace())
                .field("preamble", version.getPreamble() == null ? "" : version.getPreamble())
                .field("signerPolicy", version.getSignerPolicy().name());
        json.beginArray("ratingScale");
        for (RatingLevel level : scale.stream().sorted(Comparator.comparingInt(RatingLevel::getRank)).toList()) {
            json.beginObject().field("code", level.getCode()).field("name", level.getName()).field("rank", level.getRank()).endObject();
        }
        json.endArray().beginArray("clauses");
        for (PledgeClause c : version.getClauses()) {
            json.beginObject().field("number", c.getPosition()).field("title", c.getTitle()).field("body", c.getBody()).endObject();
        }
        json.endArray().beginArray("targets");
        for (PledgeTarget t : version.getTargets()) {
            json.beginObject()
                    .field("position", t.getPosition())
                    .field("code", t.getCode())
                    .field("name", t.getName())
                    .field("kind", t.getKind().name())
                    .field("subject", t.getSubject() == null ? null : t.getSubject().name())
                    .field("childCategory", t.getChildCategory())
                    .field("level", t.getLevelCode())
                    .field("threshold", t.getThreshold())
                    .field("base", t.getBaseCode())
                    .field("unitOfMeasure", t.getUnitOfMeasure())
                    .field("peopleGroup", t.getPeopleGroup())
                    .field("peopleTitle", t.getPeopleTitle())
                    .field("deadline", t.getDeadline())
                    .field("eachMember", t.isEachMember())
                    .field("clusterWide", t.isClusterWide())
                    .field("clause", t.getClausePosition() == null ? 0 : t.getClausePosition());
            json.beginArray("quotas");
            for (PledgeQuota q : t.sortedQuotas()) {
                json.beginObject().field("unit", q.getUnit().getCode()).field("quota", q.getQuota()).endObject();
            }
            json.endArray().endObject();
        }
        json.endArray().beginArray("signers");
        for (RequiredSigner s : version.getSigners().stream()
                .sorted(Comparator.comparing(RequiredSigner::getUnitCode).thenComparing(RequiredSigner::getOffice))
                .toList()) {
            json.beginObject().field("unit", s.getUnitCode()).field("unitName", s.getUnitName())
                    .field("office", s.getOffice().name()).endObject();
        }
        return json.endArray().endObject().toString();
    }
}
