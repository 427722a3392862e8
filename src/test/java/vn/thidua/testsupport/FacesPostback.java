package vn.thidua.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PrimeFaces Ajax postback sent by hand, as a forged request or a double click would send it: the page is read once
 * with the session's cookie for its view state and CSP nonce, then the button's postback can be sent as often and as
 * concurrently as a test wants — also for a button the page did not render.
 */
public final class FacesPostback {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String url;
    private final String cookie;
    private final String viewState;
    private final String nonce;

    private FacesPostback(String url, String cookie, String viewState, String nonce) {
        this.url = url;
        this.cookie = cookie;
        this.viewState = viewState;
        this.nonce = nonce;
    }

    /** Reads the page (absolute URL) as the session whose {@code JSESSIONID} is given. */
    public static FacesPostback open(String url, String sessionId) throws IOException, InterruptedException {
        String cookie = "JSESSIONID=" + sessionId;
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("page " + url + " answered " + page.statusCode());
        }
        return new FacesPostback(url, cookie, find(VIEW_STATE, page.body()), find(NONCE, page.body()));
    }

    /** The Ajax postback of {@code button} in {@code form}, with extra fields. */
    public HttpResponse<String> click(String form, String button, Map<String, String> fields) throws IOException, InterruptedException {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("jakarta.faces.partial.ajax", "true");
        params.put("jakarta.faces.source", button);
        params.put("jakarta.faces.partial.execute", "@all");
        params.put("jakarta.faces.partial.render", "@all");
        params.put(button, button);
        params.put(form, form);
        params.putAll(fields);
        params.put("jakarta.faces.ViewState", viewState);
        params.put("primefaces.nonce", nonce);
        StringBuilder body = new StringBuilder();
        params.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", cookie)
                .header("Faces-Request", "partial/ajax")
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The same postback {@code times} times, all in flight together (released at once), like a double click. */
    public List<HttpResponse<String>> clickTogether(int times, String form, String button, Map<String, String> fields)
            throws Exception {
        return together(times, () -> click(form, button, fields));
    }

    /** Runs {@code times} copies of a request at the same moment and returns every answer. */
    public static <T> List<T> together(int times, Callable<T> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> answers = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<T> all = new ArrayList<>();
            for (Future<T> answer : answers) {
                all.add(answer.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The texts of the Faces messages in a partial response, by severity ("info", "error"). */
    public static List<String> messages(String partialResponse, String severity) {
        Matcher m = Pattern.compile("ui-messages-" + severity + "-summary\">([^<]*)").matcher(partialResponse);
        List<String> texts = new ArrayList<>();
        while (m.find()) {
            texts.add(m.group(1));
        }
        return texts;
    }

    private static String find(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in the page");
        }
        return m.group(1);
    }
}
