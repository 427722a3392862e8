package vn.thidua.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

/** Delivers claimed messages over one SMTP connection per batch (Jakarta Mail), reporting each outcome. */
@ApplicationScoped
public class MailSender {

    @Inject
    NotificationConfig config;

    /** What happened to one message: accepted, or refused with the server's answer (permanent: the address). */
    public record Outcome(long id, boolean sent, String reply, boolean permanent) {
    }

    public void deliver(List<Outbox.Claimed> batch, Consumer<Outcome> report) {
        Session session = Session.getInstance(properties());
        Transport transport;
        try {
            transport = session.getTransport("smtp");
            transport.connect(config.getHost(), config.getPort(), config.getUser().orElse(null),
                    config.getPassword().orElse(null));
        } catch (MessagingException e) {
            // the server is down or refuses us: every message of the batch waits for the next attempt
            for (Outbox.Claimed m : batch) {
                report.accept(new Outcome(m.id(), false, answer(e), false));
            }
            return;
        }
        try {
            for (Outbox.Claimed m : batch) {
                try {
                    MimeMessage message = new MimeMessage(session) {
                        @Override
                        protected void updateMessageID() throws MessagingException {
                            // stable per outbox row: a message sent again after a crash is recognisably the same
                            setHeader("Message-ID", "<thidua-" + m.id() + "@" + domain() + ">");
                        }
                    };
                    message.setFrom(new InternetAddress(config.getFrom()));
                    message.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(m.recipient(), true));
                    message.setSubject(m.subject(), StandardCharsets.UTF_8.name());
                    message.setText(m.body(), StandardCharsets.UTF_8.name());
                    message.setSentDate(new Date());
                    message.saveChanges();
                    transport.sendMessage(message, message.getAllRecipients());
                    report.accept(new Outcome(m.id(), true, clean(lastReply(transport)), false));
                } catch (jakarta.mail.internet.AddressException e) {
                    // an address that is not one will never be delivered: failed for good, shown on the contact
                    report.accept(new Outcome(m.id(), false, answer(e), true));
                } catch (SendFailedException e) {
                    Address[] invalid = e.getInvalidAddresses();
                    report.accept(new Outcome(m.id(), false, answer(e), invalid != null && invalid.length > 0));
                } catch (MessagingException e) {
                    report.accept(new Outcome(m.id(), false, answer(e), false));
                }
            }
        } finally {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the messages' outcomes are already reported; a failed QUIT changes none of them
            }
        }
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("mail.smtp.host", config.getHost());
        p.put("mail.smtp.port", String.valueOf(config.getPort()));
        p.put("mail.smtp.auth", String.valueOf(config.getUser().isPresent()));
        p.put("mail.smtp.starttls.enable", String.valueOf(config.isTls()));
        p.put("mail.smtp.starttls.required", String.valueOf(config.isTls()));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "20000");
        p.put("mail.smtp.writetimeout", "20000");
        return p;
    }

    private String domain() {
        String from = config.getFrom();
        int at = from.lastIndexOf('@');
        return at < 0 ? "thidua" : from.substring(at + 1).replace(">", "");
    }

    /** The SMTP server's last reply line where the provider exposes it (Angus Mail's SMTPTransport does). */
    private static String lastReply(Transport transport) {
        try {
            Object reply = transport.getClass().getMethod("getLastServerResponse").invoke(transport);
            return reply == null ? "" : reply.toString();
        } catch (ReflectiveOperationException e) {
            return "";
        }
    }

    /** The server's answer as text: the chain of messages, without the class names. */
    static String answer(Exception e) {
        StringBuilder text = new StringBuilder();
        Throwable t = e;
        while (t != null && text.length() < 900) {
            if (t.getMessage() != null && !text.toString().contains(t.getMessage())) {
                if (!text.isEmpty()) {
                    text.append(" — ");
                }
                text.append(t.getMessage().trim());
            }
            t = t.getCause();
        }
        return clean(text.isEmpty() ? e.getClass().getSimpleName() : text.toString());
    }

    private static String clean(String s) {
        return Outbox.clip(s == null ? "" : s.replaceAll("[\\r\\n]+", " ").trim(), 1000);
    }
}
