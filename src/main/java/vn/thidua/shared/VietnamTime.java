package vn.thidua.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Moments are stored in UTC and shown in Vietnam time (UTC+7, no daylight saving), as users read them. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZONE);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZONE);

    private VietnamTime() {
    }

    public static String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant) + " (GMT+7)";
    }

    public static String formatSeconds(Instant instant) {
        return instant == null ? "" : SECONDS.format(instant) + " (GMT+7)";
    }
}
