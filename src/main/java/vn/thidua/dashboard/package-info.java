/**
 * Trang chủ theo vai trò: what each person's home page says about the year. Staff and leaders read every cluster of
 * the current campaigns in their scope (signatures, results reports, review, targets, what is late); chairs their own
 * to-dos and deadlines. Reads only, through the features' own queries (campaign progress, the tally, deadlines).
 */
package vn.thidua.dashboard;
