package vn.thidua.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reverse proxies whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed
 * ({@code thidua.trustedProxies}, environment {@code THIDUA_TRUSTEDPROXIES}: a comma-separated list of addresses).
 * From any other peer the headers are ignored, since a client can write them itself: the peer is the client and the
 * connection's own scheme counts. Plain Java, unit-tested.
 */
public final class TrustedProxies {

    private final Set<String> addresses;

    public TrustedProxies(String list) {
        this.addresses = list == null ? Set.of() : java.util.Arrays.stream(list.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(TrustedProxies::normal).collect(Collectors.toUnmodifiableSet());
    }

    public static TrustedProxies none() {
        return new TrustedProxies(null);
    }

    public boolean isTrusted(String peer) {
        return peer != null && addresses.contains(normal(peer));
    }

    /**
     * The client's address: the peer itself unless it is a trusted proxy; then the right-most address of
     * {@code X-Forwarded-For} that is not itself a trusted proxy (each proxy appends the peer it saw, so addresses
     * left of an untrusted one may be forged).
     */
    public String clientAddress(String peer, String forwardedFor) {
        if (!isTrusted(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String part : forwardedFor.split(",")) {
            String hop = part.strip();
            if (!hop.isEmpty()) {
                hops.add(hop);
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!isTrusted(hops.get(i))) {
                return clip(hops.get(i));
            }
        }
        return hops.isEmpty() ? peer : clip(hops.get(0));
    }

    /** Whether the client reached us over TLS: the connection's own, or what a trusted proxy says it received. */
    public boolean isSecure(boolean connectionSecure, String peer, String forwardedProto) {
        if (connectionSecure) {
            return true;
        }
        if (!isTrusted(peer) || forwardedProto == null) {
            return false;
        }
        // the proxy nearest to us appends last
        String[] protos = forwardedProto.split(",");
        return "https".equals(protos[protos.length - 1].strip().toLowerCase(Locale.ROOT));
    }

    private static String normal(String address) {
        String a = address.strip().toLowerCase(Locale.ROOT);
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        return a;
    }

    /** An address as recorded (signatures keep 64 characters): a forged header cannot make it longer. */
    private static String clip(String address) {
        return address.length() > 64 ? address.substring(0, 64) : address;
    }
}
