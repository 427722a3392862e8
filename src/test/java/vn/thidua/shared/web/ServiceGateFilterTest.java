package vn.thidua.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import vn.thidua.shared.StartupState;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceGateFilterTest {

    /** A response that remembers its status, headers and text. */
    private static final class Answer {
        int status = 200;
        final Map<String, String> headers = new HashMap<>();
        final StringWriter text = new StringWriter();

        HttpServletResponse response() {
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{HttpServletResponse.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "setStatus" -> {
                            status = (int) args[0];
                            yield null;
                        }
                        case "setHeader" -> {
                            headers.put((String) args[0], (String) args[1]);
                            yield null;
                        }
                        case "getWriter" -> new PrintWriter(text, true);
                        default -> null;
                    });
        }
    }

    private static HttpServletRequest request(String path) {
        return (HttpServletRequest) Proxy.newProxyInstance(ServiceGateFilterTest.class.getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> path;
                    case "getContextPath" -> "";
                    case "getLocale" -> Locale.forLanguageTag("vi");
                    default -> null;
                });
    }

    private static final class State extends StartupState {
        boolean ready;

        @Override
        public boolean isReady() {
            return ready;
        }
    }

    private static ServiceGateFilter gate(State state, int max, long queueMillis) {
        ServiceGateFilter gate = new ServiceGateFilter();
        gate.state = state;
        gate.maxConcurrent = max;
        gate.queueMillis = queueMillis;
        gate.init();
        return gate;
    }

    @Test
    void whileStartingPagesAndTheApiAnswer503WithRetryAfterButHealthAnswers() throws Exception {
        State state = new State();
        ServiceGateFilter gate = gate(state, 4, 10);
        AtomicInteger served = new AtomicInteger();
        FilterChain chain = (req, res) -> served.incrementAndGet();

        Answer page = new Answer();
        gate.doFilter(request("/index.xhtml"), page.response(), chain);
        assertEquals(503, page.status);
        assertEquals("5", page.headers.get("Retry-After"));
        assertTrue(page.text.toString().contains("khởi động"), page.text.toString());
        assertEquals(0, served.get());

        Answer api = new Answer();
        gate.doFilter(request("/api/v1/campaigns"), api.response(), chain);
        assertEquals(503, api.status);
        assertEquals("{\"error\":\"unavailable\"}", api.text.toString());

        gate.doFilter(request("/health/ready"), new Answer().response(), chain);
        assertEquals(1, served.get(), "health is never held back: it is how a balancer learns the state");

        state.ready = true;
        Answer ready = new Answer();
        gate.doFilter(request("/index.xhtml"), ready.response(), chain);
        assertEquals(200, ready.status);
        assertEquals(2, served.get());
    }

    @Test
    void whenFullARequestWaitsItsTurnThenAnswers503() throws Exception {
        State state = new State();
        state.ready = true;
        ServiceGateFilter gate = gate(state, 1, 50);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread busy = new Thread(() -> {
            try {
                gate.doFilter(request("/index.xhtml"), new Answer().response(), (req, res) -> {
                    inside.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        busy.start();
        inside.await();
        Answer turnedAway = new Answer();
        gate.doFilter(request("/index.xhtml"), turnedAway.response(), (req, res) -> { });
        assertEquals(503, turnedAway.status);
        assertEquals("2", turnedAway.headers.get("Retry-After"));
        release.countDown();
        busy.join();

        Answer next = new Answer();
        gate.doFilter(request("/index.xhtml"), next.response(), (req, res) -> { });
        assertEquals(200, next.status, "the permit came back when the busy request ended");
    }
}
