package vn.thidua.notification;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The subject and body of a message in the recipient's language, from the same bundle as the pages
 * ({@code notify.<KIND>.subject}, {@code notify.<KIND>.body}). Arguments: {0} the person's name, {1} what it is about
 * (the pledge's title, the campaign's name), {2} where (the cluster, the unit), {3} a date, a reason or a verification
 * code, {4} the link. Plain text: no markup reaches a mail client.
 */
public final class MessageText {

    private static final String BUNDLE = "vn.thidua.i18n.messages";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private MessageText() {
    }

    public record Text(String subject, String body) {
    }

    public static Text of(ReminderKind kind, SignerCandidate c, LocalDate dueOn, String link) {
        return of(kind, c.language(), c.fullName(), c.pledgeTitle(), c.clusterName(), dueOn == null ? "" : DATE.format(dueOn), link);
    }

    public static Text of(ReminderKind kind, String language, String name, String about, String where, String detail, String link) {
        Locale locale = Locale.forLanguageTag("en".equals(language) ? "en" : "vi");
        // no fallback to the JVM's default locale: English lives in the base file
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        Object[] args = {nz(name), nz(about), nz(where), nz(detail), nz(link)};
        String prefix = "notify." + kind.name();
        return new Text(new MessageFormat(bundle.getString(prefix + ".subject"), locale).format(args),
                new MessageFormat(bundle.getString(prefix + ".body"), locale).format(args));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
