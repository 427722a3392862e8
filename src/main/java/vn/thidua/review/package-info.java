/**
 * Bình xét thi đua (the year-end cluster review): the campaign's scoring sheet (bảng chấm điểm: areas, criteria,
 * bonus and deductions, criteria linked to pledge targets) and rating bands; each member unit's sheet (phiếu chấm
 * điểm: self-score, review, finalise, reopen) with evidence files; the ranking and its tie-break; the meeting, its
 * vote and the successors it elects; proposals for titles and commendations and their conditions; the proposal list
 * as PDF and Excel.
 * <p>
 * Rules: the scoring sheet's tree and totals are checked whole (capped bonus, deductions, never below 0); a changed
 * score needs a reason; finalising freezes a sheet and only a reasoned, audited reopening changes it; linked criteria
 * take their points from the tally, never typed; a proposal is refused with every unmet condition. Use cases on a
 * sheet lock the sheet row, those on the meeting or proposals the cluster row.
 * <p>
 * May use: {@code organisation}, {@code campaign}, {@code cluster}, {@code award}, {@code pledge} and
 * {@code pledge.document}, {@code tally}, {@code security}, {@code shared} (files, CSV, .xlsx). Owns
 * {@code score_criterion}, {@code score_band} and the {@code review_*} tables.
 */
package vn.thidua.review;
