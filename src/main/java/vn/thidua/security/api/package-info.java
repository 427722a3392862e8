/** JAX-RS side of security: answers {@code AccessDenied} as 404 so that ids outside one's scope reveal nothing. */
package vn.thidua.security.api;
