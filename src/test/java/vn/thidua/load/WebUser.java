package vn.thidua.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person on one device: a session cookie of their own (a browser's), their API token, and every request recorded
 * under its type. Redirects are followed by hand so that the sign-in's POST and the page it leads to are counted apart.
 * The HTTP client (its connections) is shared by all users, as a proxy's would be.
 */
final class WebUser {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** PrimeFaces' CSP nonce of the page, which its script sends back with every postback (`primefaces.nonce`). */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Set<String> EXPLAINED = ConcurrentHashMap.newKeySet();
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    /** What a request answered, as the recorder counts it, and its body. */
    record Answer(int status, String outcome, String body, String location) {
        boolean ok() {
            return status >= 200 && status < 400 && !Recorder.isServerError(outcome) && !outcome.contains("refused")
                    && !outcome.contains("login page");
        }
    }

    final String username;
    final String token;
    private final HttpClient http;
    private final String base;
    private final Recorder recorder;
    private volatile String session;
    /** The last page's URL and view state, for the Faces forms posted next. */
    private volatile String pageUrl;
    private volatile String viewState;
    private volatile String nonce;

    WebUser(HttpClient http, String base, Recorder recorder, String username, String token) {
        this.http = http;
        this.base = base;
        this.recorder = recorder;
        this.username = username;
        this.token = token;
    }

    /** Signs in through the login form as a browser does: GET the page (view state), POST it, GET where it leads. */
    boolean signIn(String password) {
        Answer login = page("page: login", "/login.xhtml");
        if (viewState == null) {
            return false;
        }
        String form = "login=login&login%3Ausername=" + enc(username) + "&login%3Apassword=" + enc(password)
                + "&login%3AsignIn=&jakarta.faces.ViewState=" + enc(viewState) + nonceParameter();
        Answer post = send("sign-in (form POST)", form(base + "/login.xhtml", form), a -> {
            if (a.status() == 302 || a.status() == 303) {
                return a.location() != null && a.location().contains("login") ? "refused" : "";
            }
            // the form shown again: a refusal (wrong password, throttled) or a message
            return a.status() == 200 ? "refused" : "";
        });
        if (post.status() != 302 && post.status() != 303 || post.outcome().contains("refused")) {
            return false;
        }
        String to = post.location().startsWith("http") ? URI.create(post.location()).getPath() : post.location();
        return page("page: home", to).ok() && login.ok();
    }

    /** Signs out through the header's form of the last page (the session ends). */
    void signOut() {
        if (pageUrl == null || viewState == null) {
            return;
        }
        send("sign-out (form POST)", form(pageUrl, "nav=nav&nav%3AsignOut=&jakarta.faces.ViewState=" + enc(viewState) + nonceParameter()), a -> "");
        session = null;
    }

    /** A page read with the session: remembers its view state for a form posted next. */
    Answer page(String name, String path) {
        // the sign-in page instead of the page asked for: the session was lost (or a view expired)
        Answer a = send(name, HttpRequest.newBuilder(URI.create(base + path)).GET(),
                x -> !path.startsWith("/login") && (x.status() == 200 && x.body().contains("id=\"login\"")
                        || x.status() == 302 && x.location() != null && x.location().contains("login")) ? "login page" : "");
        if (a.status() == 200) {
            pageUrl = base + path;
            Matcher m = VIEW_STATE.matcher(a.body());
            viewState = m.find() ? m.group(1) : null;
            Matcher n = NONCE.matcher(a.body());
            nonce = n.find() ? n.group(1) : null;
        }
        return a;
    }

    /** A file download with the session (exports): the body is read and dropped. */
    Answer download(String name, String path) {
        return send(name, HttpRequest.newBuilder(URI.create(base + path)).GET(), x -> "");
    }

    /**
     * A PrimeFaces command button of the last page, as its ajax request: {@code form:button}, the form processed.
     * The answer is a partial response: 200 whether the action was done (an info message) or refused (an error
     * message); an exception shows as an {@code <error>} element or as the error page.
     */
    Answer ajaxButton(String name, String form, String button, Map<String, String> fields) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("jakarta.faces.partial.ajax", "true");
        p.put("jakarta.faces.source", form + ":" + button);
        p.put("jakarta.faces.partial.execute", "@all".equals(form) ? "@all" : form);
        p.put("jakarta.faces.partial.render", form + " grid messages");
        p.put(form + ":" + button, form + ":" + button);
        p.put(form, form);
        p.putAll(fields);
        p.put("jakarta.faces.ViewState", viewState == null ? "" : viewState);
        if (nonce != null) {
            p.put("primefaces.nonce", nonce);
        }
        StringBuilder body = new StringBuilder();
        p.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        HttpRequest.Builder r = form(pageUrl, body.toString()).header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest");
        return send(name, r, WebUser::partialOutcome);
    }

    static String partialOutcome(Answer a) {
        if (a.status() != 200) {
            return "";
        }
        String b = a.body();
        if (b.contains("<error>") || b.contains("<error-name>")) {
            return "exception";
        }
        if (b.contains("ui-messages-error") || b.contains("ui-message-error")) {
            return "refused";
        }
        if (b.contains("<redirect")) {
            return "redirect";
        }
        return b.contains("ui-messages-info") ? "done" : "";
    }

    /** An API call with the bearer token (no session). */
    Answer api(String name, String method, String path, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (body == null) {
            r.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            r.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        headers.forEach(r::header);
        return send(name, r, a -> "");
    }

    private String nonceParameter() {
        return nonce == null ? "" : "&primefaces.nonce=" + enc(nonce);
    }

    private HttpRequest.Builder form(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private Answer send(String name, HttpRequest.Builder request, java.util.function.Function<Answer, String> judge) {
        request.timeout(Duration.ofSeconds(120));
        String cookie = session;
        if (cookie != null) {
            request.header("Cookie", "JSESSIONID=" + cookie);
        }
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String set : r.headers().allValues("Set-Cookie")) {
                Matcher m = SESSION.matcher(set);
                if (m.find()) {
                    session = m.group(1);
                }
            }
            Answer raw = new Answer(r.statusCode(), String.valueOf(r.statusCode()), r.body(),
                    r.headers().firstValue("Location").orElse(null));
            String extra = judge.apply(raw);
            String outcome = raw.outcome() + (extra.isEmpty() ? "" : " " + extra);
            if ((Recorder.isServerError(outcome) || raw.status() >= 400 || outcome.contains("login page"))
                    && EXPLAINED.add(name + " " + outcome)) {
                // the first answer of each kind of failure or refusal, to tell what it was without the server's log
                String b = raw.body().replaceAll("\\s+", " ");
                LoadSuite.log("first '" + outcome + "' of " + name + ": " + b.substring(0, Math.min(400, b.length())));
            }
            recorder.record(name, t0, outcome);
            return new Answer(raw.status(), outcome, raw.body(), raw.location());
        } catch (IOException e) {
            recorder.record(name, t0, "io-error " + e.getClass().getSimpleName());
            return new Answer(0, "io-error", "", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            recorder.record(name, t0, "io-error interrupted");
            return new Answer(0, "io-error", "", null);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
