/** A small CSV reader (quotes, comment and blank lines, header) and its line-numbered errors, used by the unit and results imports. Plain Java. */
package vn.thidua.shared.csv;
