/** The first-sheet .xlsx reader every import shares (streaming SAX), with its zip-bomb and not-a-workbook checks before POI opens a file. */
package vn.thidua.shared.xlsx;
