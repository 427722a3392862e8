/**
 * Kết quả thực hiện chỉ tiêu (the tally): every pledge target evaluated per unit and per cluster — met, not met,
 * incomplete (with how many values are missing) or not applicable — live from the saved results, and its PDF and
 * Excel exports.
 * <p>
 * Rules: exact arithmetic ({@link vn.thidua.tally.TallyCalculator}: integers and BigDecimal, percentages by
 * cross-multiplication); missing figures never give "met" for a rated target; nothing is precomputed, a cluster's
 * result is only kept a few seconds ({@link vn.thidua.tally.TallyCache}) and dropped on {@code CampaignDataChanged}.
 * Scope: staff and viewers the whole campaign, a leader's chair their cluster, other chairs their own unit.
 * <p>
 * May use: {@code campaign}, {@code pledge} (targets) and {@code pledge.document} (PDF pieces), {@code security},
 * {@code shared}. Reads the results tables in SQL without depending on {@code assessment} (a known coupling, issue 16).
 * Owns no table.
 */
package vn.thidua.tally;
