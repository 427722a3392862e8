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

import vn.thidua.shared.AppConfig;
import vn.thidua.shared.SecurityHeaders;

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
 *     <li>integrations, through {@code Authorization: Bearer} personal tokens on /api/ only, without a session; the
 *     API accepts nothing else, and a token opens nothing else.</li>
 * </ul>
 * The account is re-read on every request so that disabling it takes effect at once.
 */
@ApplicationScoped
public class ThiDuaAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String SESSION_ACCOUNT = "thidua.accountId";
    public static final String SESSION_MUST_CHANGE = "thidua.mustChangePassword";
    public static final String REQUEST_ACTOR = "thidua.actor";
    public static final String REQUEST_SIGN_IN_OUTCOME = "thidua.signInOutcome";
    public static final String SESSION_EPOCH = "thidua.sessionEpoch";
    /** Set on an API request whose token's account must change its password first (see MustChangePasswordFilter). */
    public static final String REQUEST_MUST_CHANGE = "thidua.request.mustChangePassword";

    @Inject
    SignInService signIn;

    @Inject
    TokenService tokens;

    @Inject
    AppConfig config;

    private volatile TrustedProxies proxies;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (isApi(request)) {
            // The API takes bearer tokens only: a session cookie, which a browser sends along with a forged
            // cross-site request, opens nothing there. A token opens the API alone (never pages or files).
            String authorization = request.getHeader("Authorization");
            if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return context.isProtected() ? unauthorizedApi(response, context) : context.doNothing();
            }
            Optional<TokenService.Caller> caller = tokens.authenticate(authorization.substring(7).strip());
            if (caller.isEmpty()) {
                return unauthorizedApi(response, context);
            }
            request.setAttribute(REQUEST_MUST_CHANGE, caller.get().mustChangePassword());
            return login(request, context, caller.get().actor());
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
                String id = request.changeSessionId();
                if (trustedProxies().isSecure(request.isSecure(), request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"))) {
                    SecureSessionCookie.reissue(request, response, id);
                }
                session.setAttribute(SESSION_ACCOUNT, outcome.getActor().getAccountId());
                session.setAttribute(SESSION_EPOCH, outcome.getSessionEpoch());
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
            Object epoch = session.getAttribute(SESSION_EPOCH);
            Actor actor = signIn.activeActor(accountId, epoch instanceof Integer e ? e : -1);
            if (actor != null) {
                return login(request, context, actor);
            }
            session.invalidate();
        }

        return redirectToSignIn(request, response);
    }

    private static AuthenticationStatus login(HttpServletRequest request, HttpMessageContext context, Actor actor) {
        request.setAttribute(REQUEST_ACTOR, actor);
        return context.notifyContainerAboutLogin(actor.getUsername(), Set.of(actor.getRole().name()));
    }

    private static AuthenticationStatus unauthorizedApi(HttpServletResponse response, HttpMessageContext context) {
        // answered before any filter runs: the security headers are set here too
        SecurityHeaders.apply(response, true);
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

    /** The client's address: the peer, or what a trusted proxy says ({@link TrustedProxies}); never a forged header. */
    String clientAddress(HttpServletRequest request) {
        return trustedProxies().clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    private TrustedProxies trustedProxies() {
        TrustedProxies p = proxies;
        if (p == null) {
            p = new TrustedProxies(config.getTrustedProxies());
            proxies = p;
        }
        return p;
    }
}
