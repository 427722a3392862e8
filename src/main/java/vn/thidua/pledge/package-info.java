/**
 * Giao ước thi đua (pledges) of a cluster: versions, clauses, targets (chỉ tiêu: {@code TargetKind},
 * {@code TargetSpec}, their validation and text), revisions and comments, the canonical form and its SHA-256
 * fingerprint, signatures (online and on paper), award registrations, the hash-chained audit log and its integrity
 * check ({@code AuditChain}), and the public verification.
 * <p>
 * Rules: text and targets change only in Draft or Discussion; finalising freezes text, targets, members and signers
 * and seals them with the fingerprint; signatures are taken only while Final and only against the current fingerprint;
 * the organiser confirms last and the signed PDF is issued; an amendment supersedes a version. Every writing use case
 * locks the pledge row first, so the log never forks. A fingerprint of a signed pledge must never change.
 * <p>
 * May use: {@code organisation}, {@code campaign}, {@code cluster}, {@code award}, {@code security}, {@code shared}
 * and its own {@code document}. Its target vocabulary is read by {@code assessment}, {@code tally} and {@code review}.
 * Owns the {@code pledge_*} tables (the log is {@code pledge_event}).
 */
package vn.thidua.pledge;
