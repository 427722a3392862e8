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
 * May use: {@code campaign}, {@code pledge} (targets), {@code assessment}
 * (the saved results, read through {@code RecordedResults}, never its tables), {@code organisation} (unit categories),
 * {@code security}, {@code shared} (its document kit for the PDF). Owns no table.
 */
package vn.thidua.tally;
