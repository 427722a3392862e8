/** The tally page and its table component, and the tally's PDF/Excel download. */
package vn.thidua.tally.web;
