/**
 * Kết quả (year-end results): hamlet and commune committees' ratings (xếp loại) and the figures of quantity,
 * people and done targets, recorded from the page, a CSV or .xlsx file or the API; each commune's report (báo cáo
 * kết quả) and its workflow; the audit of every change, old → new.
 * <p>
 * Rules: one value per campaign, unit and measure (a later one replaces it, a unique key settles races); every line
 * is checked (unit, scope, measure, value, the report's state) before anything is written, all or nothing; a chair
 * records for their own commune and its hamlet committees, staff rate commune committees; the report goes Draft →
 * Submitted → Returned/Accepted, and once the campaign's results are published nothing moves. Recording announces
 * {@code CampaignDataChanged}.
 * <p>
 * May use: {@code organisation}, {@code campaign}, {@code pledge} (the target vocabulary), {@code security},
 * {@code shared} (CSV, .xlsx). Owns {@code result_entry},
 * {@code result_report} and {@code result_change}.
 */
package vn.thidua.assessment;
