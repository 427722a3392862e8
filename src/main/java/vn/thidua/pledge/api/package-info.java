/** JSON endpoints on pledges ({@code /api/v1/pledges}): read, and a chair's signature against the current fingerprint. */
package vn.thidua.pledge.api;
