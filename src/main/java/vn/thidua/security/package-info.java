/**
 * Tài khoản và phân quyền (accounts and rights): accounts, roles (vai trò: administrator, staff, chair, viewer) and
 * the acting {@link vn.thidua.security.Actor} with its scope (a unit's subtree by materialised path), the single
 * authentication mechanism (form sign-in for people, bearer tokens on {@code /api/}), sign-in throttling, PBKDF2
 * password hashing and policy, personal API tokens (stored only as SHA-256), the administrator bootstrap.
 * <p>
 * Rules: every service checks role and scope through the {@code Actor} (plain Java, unit-tested); an account is
 * re-read on every request so disabling it takes effect at once; an out-of-scope target is refused as
 * {@link vn.thidua.security.AccessDenied} and answered as "not found".
 * <p>
 * May use: {@code organisation} (an account belongs to a unit; a known cycle, frozen in the architecture test),
 * {@code shared}. Owns {@code account} and {@code api_token}.
 */
package vn.thidua.security;
