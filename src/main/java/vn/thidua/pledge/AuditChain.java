package vn.thidua.pledge;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Re-checks a pledge behind the application's back: the hash chain of its log, then each sealed version's content
 * against the fingerprint its FINALISED entry recorded, then each signature against the digest its entry recorded.
 * Plain Java over loaded rows, so that it is unit-tested without a database. Names the first broken entry.
 */
public final class AuditChain {

    private AuditChain() {
    }

    /**
     * @param events       the pledge's log in seq order
     * @param versions     its versions
     * @param fingerprints recomputes a sealed version's fingerprint from its current rows
     * @param signatures   every signature of the pledge
     */
    public static IntegrityReport check(List<PledgeEvent> events, Collection<PledgeVersion> versions,
                                        Function<PledgeVersion, String> fingerprints, Collection<Signature> signatures) {
        String prev = PledgeEvent.GENESIS;
        int expected = 1;
        for (PledgeEvent e : events) {
            if (e.getSeq() != expected || !e.getPrevHash().equals(prev) || !e.computeHash().equals(e.getHash())) {
                return IntegrityReport.broken("integrity.brokenEvent", String.valueOf(expected));
            }
            prev = e.getHash();
            expected++;
        }
        for (PledgeVersion v : versions) {
            String recorded = events.stream()
                    .filter(e -> e.getType() == PledgeEventType.FINALISED && e.getVersionNumber() == v.getNumber())
                    .map(e -> e.detail("fingerprint")).filter(Objects::nonNull).findFirst().orElse(null);
            if (recorded == null && v.getFingerprint() == null) {
                continue; // a draft: nothing sealed yet
            }
            // a version the log says was finalised must still carry that fingerprint, and its rows must reproduce it
            if (recorded == null || !recorded.equals(v.getFingerprint()) || !recorded.equals(fingerprints.apply(v))) {
                return IntegrityReport.broken("integrity.brokenContent", String.valueOf(v.getNumber()));
            }
        }
        Map<String, String> digests = new java.util.HashMap<>();
        for (PledgeEvent e : events) {
            if (e.detail("signature") != null) {
                digests.put(e.detail("signature"), e.detail("digest"));
            }
        }
        for (Signature s : signatures) {
            String recorded = digests.get(String.valueOf(s.getId()));
            if (recorded == null || !recorded.equals(s.digest())
                    || !Objects.equals(s.getFingerprint(), s.getVersion().getFingerprint())) {
                return IntegrityReport.broken("integrity.brokenSignature", s.getUnitName(), s.getOffice().name(),
                        String.valueOf(s.getVersion().getNumber()));
            }
        }
        if (digests.size() != signatures.size()) {
            return IntegrityReport.broken("integrity.missingSignature");
        }
        return IntegrityReport.intact();
    }
}
