/**
 * Đơn vị (units): provinces, communes, hamlet Front work committees (Ban Công tác Mặt trận) and member organisations,
 * their types (loại đơn vị: data, not code, since the 2025 reform removed a level) and what each type is for
 * ({@link vn.thidua.organisation.UnitCategory}), the materialised-path tree and the CSV import of unit lists (the
 * project's own format and the official 2025 list).
 * <p>
 * Rules: a code is stable and unique and never changes; a unit is never deleted, only retired (validity dates, with
 * the unit it was merged into), so past years stay reportable; moving a unit moves its subtree; an import is all or
 * nothing with line-numbered errors. Staff act inside their own subtree, administrators anywhere; reads are limited to
 * what the actor may read, one tree level at a time.
 * <p>
 * May use: {@code security} (the {@code Actor} and its scope), {@code shared} (names, rule violations, CSV reading).
 * Owns the tables {@code unit} and {@code unit_type}.
 */
package vn.thidua.organisation;
