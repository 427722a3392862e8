package vn.thidua.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The actor of the current request, as the authentication mechanism established it. */
@RequestScoped
public class CurrentActor {

    @Inject
    HttpServletRequest request;

    /** The signed-in actor; {@link AccessDenied} if there is none (a page or call reached without signing in). */
    public Actor get() {
        Object actor = request.getAttribute(ThiDuaAuthenticationMechanism.REQUEST_ACTOR);
        if (actor instanceof Actor a) {
            return a;
        }
        throw new AccessDenied();
    }

    public boolean isSignedIn() {
        return request.getAttribute(ThiDuaAuthenticationMechanism.REQUEST_ACTOR) instanceof Actor;
    }
}
