package vn.thidua.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * The one authentication mechanism (Jakarta EE 10 allows one per application), serving two kinds of caller:
 * <ul>
 *     <li>people, through the Faces sign-in page: the page calls {@code SecurityContext.authenticate} with the
 *     credential; on success the session id is renewed (no fixation) and the account id is kept in the session;</li>
 *     <li>integrations, through {@code Authorization: Bearer} personal tokens on /api/, without a session.</li>
 * </ul>
 * The account is re-read on every request so that disabling it takes effect at once.
 */
@ApplicationScoped
public class ThiDuaAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String SESSION_ACCOUNT = "thidua.accountId";
    public static final String SESSION_MUST_CHANGE = "thidua.mustChangePassword";
    public static final String REQUEST_ACTOR = "thidua.actor";
    public static final String REQUEST_SIGN_IN_OUTCOME = "thidua.signInOutcome";

    @Inject
    SignInService signIn;

    @Inject
    TokenService tokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<Actor> actor = tokens.authenticate(authorization.substring(7).strip());
            if (actor.isEmpty()) {
                return unauthorizedApi(response, context);
            }
            return login(request, context, actor.get());
        }

        if (context.isAuthenticationRequest()) {
            Credential credential = context.getAuthParameters().getCredential();
            if (credential instanceof UsernamePasswordCredential upc) {
                SignInOutcome outcome = signIn.signIn(upc.getCaller(), upc.getPassword().getValue(), clientAddress(request));
                request.setAttribute(REQUEST_SIGN_IN_OUTCOME, outcome);
                if (!outcome.isOk()) {
                    return AuthenticationStatus.SEND_FAILURE;
                }
                HttpSession session = request.getSession(true);
                request.changeSessionId();
                session.setAttribute(SESSION_ACCOUNT, outcome.getActor().getAccountId());
                session.setAttribute(SESSION_MUST_CHANGE, outcome.isMustChangePassword());
                return login(request, context, outcome.getActor());
            }
        }

        if (!context.isProtected()) {
            // Public resources (style sheets, scripts, the sign-in page, health) need no account: no query for them.
            return context.doNothing();
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ACCOUNT) instanceof Long accountId) {
            Actor actor = signIn.activeActor(accountId);
            if (actor != null) {
                return login(request, context, actor);
            }
            session.invalidate();
        }

        if (isApi(request)) {
            return unauthorizedApi(response, context);
        }
        return redirectToSignIn(request, response);
    }

    private static AuthenticationStatus login(HttpServletRequest request, HttpMessageContext context, Actor actor) {
        request.setAttribute(REQUEST_ACTOR, actor);
        return context.notifyContainerAboutLogin(actor.getUsername(), Set.of(actor.getRole().name()));
    }

    private static AuthenticationStatus unauthorizedApi(HttpServletResponse response, HttpMessageContext context) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"thidua\"");
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"error\":\"unauthorized\"}");
        } catch (IOException e) {
            // the client went away: nothing to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus redirectToSignIn(HttpServletRequest request, HttpServletResponse response) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        String location = request.getContextPath() + "/login.xhtml";
        if (!target.isEmpty() && !"/".equals(target) && "GET".equals(request.getMethod())) {
            location += "?continue=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
        }
        try {
            response.sendRedirect(location);
        } catch (IOException e) {
            // the client went away
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** The client address as the server saw it; a proxy in front must be configured to pass the real one. */
    static String clientAddress(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
