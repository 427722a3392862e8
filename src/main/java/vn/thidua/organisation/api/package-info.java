/** JSON endpoints on units ({@code /api/v1/units}): children of a unit or the caller's roots, one unit by code; in scope only. */
package vn.thidua.organisation.api;
