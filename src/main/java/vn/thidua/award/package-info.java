/**
 * Danh hiệu thi đua and hình thức khen thưởng: the catalogue of emulation titles and commendations that units register
 * for with their pledge, and their conditions for a year-end proposal.
 * <p>
 * Rules: data, not code; a code is a stable unique slug, names unique per kind; nothing is deleted (registrations point
 * at it), only withdrawn from the choices. Everyone signed in reads the active ones; administrators and staff edit.
 * <p>
 * May use: {@code security}, {@code shared}. Owns {@code award}.
 */
package vn.thidua.award;
