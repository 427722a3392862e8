/** The JAX-RS application ({@code /api/v1}) and the mapping of a refused rule to 400 with its message key. */
package vn.thidua.shared.api;
