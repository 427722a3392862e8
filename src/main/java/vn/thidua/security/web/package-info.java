/** Sign-in, password change (and the filter that forces it), accounts, personal tokens, the current user's bean. */
package vn.thidua.security.web;
