package vn.thidua.security;

import vn.thidua.shared.RuleViolation;

/** The actor's role or scope does not allow this. Said the same way whether or not the target exists. */
public class AccessDenied extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public AccessDenied() {
        super("error.forbidden");
    }
}
