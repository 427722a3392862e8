package vn.thidua.pledge;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Re-checks a pledge behind the application's back, and names the first thing found altered:
 * <ol>
 * <li>the hash chain of its log (each entry's hash, its link to the one before, numbered from 1 without gaps);</li>
 * <li>the chain's head kept outside the chained table (on the pledge row): a log shorter than the head was cut at its
 * end, which the links alone cannot show;</li>
 * <li>each sealed version's content against the fingerprint its FINALISED entry recorded;</li>
 * <li>each signature against the digest its entry recorded, and every logged signature still present;</li>
 * <li>each version's status and {@code signed_at} against what its log entries say happened to it;</li>
 * <li>the bytes of each paper signature's scan against the SHA-256 logged when it was recorded;</li>
 * <li>the bytes of each stored signed PDF against the SHA-256 logged when it was issued.</li>
 * </ol>
 * Entries keep one hash rule since the start (see {@link PledgeEvent#computeHash()}); what later entries log in
 * addition (the confirmation's {@code signedAt}, the DOCUMENT_ISSUED entry) is optional to the checks, so pledges
 * logged before they existed verify by the rules of their time. Plain Java over loaded rows, unit-tested without a
 * database.
 */
public final class AuditChain {

    /** The chain's head as recorded outside the chained table: how many entries, and the hash of the last one. */
    public record Head(int length, String lastHash) implements Serializable {

        /** The head a log has as it stands (what the pledge row should record). */
        public static Head of(List<PledgeEvent> events) {
            return events.isEmpty() ? new Head(0, PledgeEvent.GENESIS)
                    : new Head(events.size(), events.get(events.size() - 1).getHash());
        }
    }

    private AuditChain() {
    }

    /**
     * @param events       the pledge's log in seq order
     * @param head         the head recorded on the pledge row
     * @param versions     its versions
     * @param fingerprints recomputes a sealed version's fingerprint from its current rows
     * @param signatures   every signature of the pledge
     * @param storedSha256 SHA-256 (hex) of the bytes stored now under a file id (scans, signed PDFs); null if missing
     */
    public static IntegrityReport check(List<PledgeEvent> events, Head head, Collection<PledgeVersion> versions,
                                        Function<PledgeVersion, String> fingerprints, Collection<Signature> signatures,
                                        Function<Long, String> storedSha256) {
        String prev = PledgeEvent.GENESIS;
        int expected = 1;
        for (PledgeEvent e : events) {
            if (e.getSeq() != expected || !e.getPrevHash().equals(prev) || !e.computeHash().equals(e.getHash())) {
                return IntegrityReport.broken("integrity.brokenEvent", String.valueOf(expected));
            }
            prev = e.getHash();
            expected++;
        }
        if (events.size() < head.length()) {
            return IntegrityReport.broken("integrity.truncated", String.valueOf(head.length()), String.valueOf(events.size()));
        }
        if (events.size() > head.length()) {
            return IntegrityReport.broken("integrity.unrecorded", String.valueOf(head.length() + 1));
        }
        if (!prev.equals(head.lastHash())) {
            // as many entries as recorded, each well linked, yet not the last one that was written: it was replaced
            return IntegrityReport.broken("integrity.brokenEvent", String.valueOf(events.size()));
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

        Map<String, PledgeEvent> bySignature = new HashMap<>();
        for (PledgeEvent e : events) {
            if (e.detail("signature") != null) {
                bySignature.put(e.detail("signature"), e);
            }
        }
        for (Signature s : signatures) {
            PledgeEvent entry = bySignature.get(String.valueOf(s.getId()));
            if (entry == null || !s.digest().equals(entry.detail("digest"))
                    || !Objects.equals(s.getFingerprint(), s.getVersion().getFingerprint())) {
                return IntegrityReport.broken("integrity.brokenSignature", s.getUnitName(), s.getOffice().name(),
                        String.valueOf(s.getVersion().getNumber()));
            }
        }
        if (bySignature.size() != signatures.size()) {
            for (PledgeEvent e : events) {
                String id = e.detail("signature");
                if (id != null && signatures.stream().noneMatch(s -> id.equals(String.valueOf(s.getId())))) {
                    return IntegrityReport.broken("integrity.missingSignatureOf", String.valueOf(e.detail("unit")),
                            String.valueOf(e.detail("office")), String.valueOf(e.getVersionNumber()));
                }
            }
            return IntegrityReport.broken("integrity.missingSignature");
        }

        Replay replay = Replay.of(events);
        for (PledgeVersion v : versions) {
            if (v.getStatus() != replay.status.getOrDefault(v.getNumber(), PledgeStatus.DRAFT)) {
                return IntegrityReport.broken("integrity.brokenStatus", String.valueOf(v.getNumber()));
            }
            if (!Objects.equals(v.getSignedAt(), replay.signedAt(v.getNumber(), signatures))) {
                return IntegrityReport.broken("integrity.brokenSignedAt", String.valueOf(v.getNumber()));
            }
        }

        for (Signature s : signatures) {
            if (s.getScanFileId() == null) {
                continue;
            }
            String logged = bySignature.get(String.valueOf(s.getId())).detail("scan");
            if (logged == null || !logged.equals(storedSha256.apply(s.getScanFileId()))) {
                return IntegrityReport.broken("integrity.brokenScan", s.getUnitName(), s.getOffice().name(),
                        String.valueOf(s.getVersion().getNumber()));
            }
        }

        for (PledgeVersion v : versions) {
            String logged = replay.documents.get(v.getNumber());
            String stored = v.getDocument() == null ? null : storedSha256.apply(v.getDocument().getId());
            boolean intact;
            if (logged != null) {
                intact = logged.equals(v.getDocumentSha256()) && logged.equals(stored);
            } else {
                // issued before the document's hash was logged: its bytes must at least still give the recorded hash
                intact = v.getDocumentSha256() == null ? v.getDocument() == null : v.getDocumentSha256().equals(stored);
            }
            if (!intact) {
                return IntegrityReport.broken("integrity.brokenDocument", String.valueOf(v.getNumber()));
            }
        }
        return IntegrityReport.intact();
    }

    /** What the log says happened to each version: its status, its confirmation, its issued document. */
    private static final class Replay {
        final Map<Integer, PledgeStatus> status = new HashMap<>();
        final Map<Integer, PledgeEvent> confirmed = new HashMap<>();
        final Map<Integer, String> documents = new HashMap<>();

        static Replay of(List<PledgeEvent> events) {
            Replay r = new Replay();
            for (PledgeEvent e : events) {
                int n = e.getVersionNumber();
                switch (e.getType()) {
                    case DISCUSSION_OPENED -> r.status.put(n, PledgeStatus.DISCUSSION);
                    case FINALISED -> r.status.put(n, PledgeStatus.FINAL);
                    case CONFIRMED -> {
                        r.status.put(n, PledgeStatus.SIGNED);
                        r.confirmed.put(n, e);
                    }
                    case AMENDED -> {
                        // logged once the new version is current: "from" names the version superseded
                        r.status.put(parse(e.detail("from"), n), PledgeStatus.SUPERSEDED);
                        r.status.put(parse(e.detail("to"), n), PledgeStatus.DRAFT);
                    }
                    case DOCUMENT_ISSUED -> r.documents.put(n, e.detail("document"));
                    default -> {
                        // CREATED, SIGNED, PAPER_SIGNED, REMINDED: no change of status
                    }
                }
            }
            return r;
        }

        /**
         * When the version was signed according to the log: the time its CONFIRMED entry logged, or (entries written
         * before that was logged) the time of the confirmation it names, whose digest the signature check verified.
         */
        Instant signedAt(int number, Collection<Signature> signatures) {
            PledgeEvent entry = confirmed.get(number);
            if (entry == null) {
                return null;
            }
            if (entry.detail("signedAt") != null) {
                return Instant.ofEpochMilli(Long.parseLong(entry.detail("signedAt")));
            }
            String id = entry.detail("signature");
            return signatures.stream().filter(s -> String.valueOf(s.getId()).equals(id)).map(Signature::getSignedAt)
                    .findFirst().orElse(null);
        }

        private static int parse(String number, int fallback) {
            try {
                return number == null ? fallback : Integer.parseInt(number);
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
    }
}
