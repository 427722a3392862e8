package vn.thidua.notification;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thidua.shared.RuleViolation;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who receives which message of the year, the choice of topics, verification links, the overdue workbook, bounces. */
class NotificationMessagesTest {

    private static Audience.Person chair(long account, String office, boolean verified, boolean wants, Set<Topic> muted) {
        return new Audience.Person(account, 31021, office, "Nguyễn Văn A", "a@example.vn", verified, wants, "vi", muted);
    }

    @Test
    void anUnverifiedAddressGetsOnlyItsVerification() {
        Audience.Person unverified = chair(1, "CHAIR", false, true, Set.of());
        for (ReminderKind kind : ReminderKind.values()) {
            assertEquals(kind == ReminderKind.VERIFY_EMAIL, Audience.mayMail(kind, "a@example.vn", false, true, Set.of()), kind.name());
            assertEquals(kind == ReminderKind.VERIFY_EMAIL, Audience.receives(kind, unverified, 2L), kind.name());
        }
        Audience.Person verified = chair(1, "CHAIR", true, true, Set.of());
        for (ReminderKind kind : ReminderKind.values()) {
            assertTrue(Audience.receives(kind, verified, 2L), kind.name());
        }
        assertFalse(Audience.mayMail(ReminderKind.VERIFY_EMAIL, null, false, true, Set.of()), "no address, nothing");
    }

    @Test
    void aPersonChoosesWhichMessagesTheyGetButNotTheirOwnVerification() {
        Audience.Person noResults = chair(1, "VICE_CHAIR", true, true, EnumSet.of(Topic.RESULTS, Topic.DRAFTS));
        assertFalse(Audience.receives(ReminderKind.RESULTS_RETURNED, noResults, null));
        assertFalse(Audience.receives(ReminderKind.RESULTS_PUBLISHED, noResults, null));
        assertFalse(Audience.receives(ReminderKind.DISCUSSION_OPENED, noResults, null));
        assertTrue(Audience.receives(ReminderKind.PLEDGE_CONFIRMED, noResults, null));
        assertTrue(Audience.receives(ReminderKind.REVIEW_RETURNED, noResults, null));
        Audience.Person noMail = chair(1, "CHAIR", true, false, Set.of());
        assertFalse(Audience.receives(ReminderKind.PLEDGE_CONFIRMED, noMail, null), "e-mail turned off altogether");
        assertTrue(Audience.receives(ReminderKind.VERIFY_EMAIL, noMail, null), "the link they just asked for");
        assertEquals(EnumSet.of(Topic.DRAFTS, Topic.RESULTS), Topic.parse(Topic.format(EnumSet.of(Topic.RESULTS, Topic.DRAFTS))));
        assertEquals("DRAFTS,RESULTS", Topic.format(EnumSet.of(Topic.RESULTS, Topic.DRAFTS)));
        assertEquals(null, Topic.format(EnumSet.noneOf(Topic.class)));
        assertEquals(EnumSet.of(Topic.REVIEW), Topic.parse("REVIEW, GONE,ACCOUNT"), "unknown and unmutable names ignored");
        assertFalse(Topic.choosable().contains(Topic.ACCOUNT));
    }

    @Test
    void theEventsCauserAndAnyoneButChairsAndViceChairsHearNothing() {
        Audience.Person p = chair(7, "CHAIR", true, true, Set.of());
        assertFalse(Audience.receives(ReminderKind.RESULTS_RETURNED, p, 7L), "the person who returned it");
        assertTrue(Audience.receives(ReminderKind.RESULTS_RETURNED, p, 8L));
        assertTrue(Audience.receives(ReminderKind.RESULTS_PUBLISHED, p, null), "an event of the system");
        assertFalse(Audience.receives(ReminderKind.RESULTS_RETURNED, chair(7, null, true, true, Set.of()), 8L), "no office");
        assertFalse(Audience.receives(ReminderKind.RESULTS_RETURNED, chair(7, "CONFIRM", true, true, Set.of()), 8L));
    }

    @Test
    void eachMessageIsWrittenInBothLanguagesWithItsDetails() {
        for (ReminderKind kind : ReminderKind.values()) {
            MessageText.Text vi = MessageText.of(kind, "vi", "Nguyễn Văn A", "Thi đua năm 2022", "Thuận Hoà", "Thiếu số liệu quỹ", "https://x/y?z=1");
            MessageText.Text en = MessageText.of(kind, "en", "Nguyễn Văn A", "Thi đua năm 2022", "Thuận Hoà", "Thiếu số liệu quỹ", "https://x/y?z=1");
            assertNotEquals(vi.subject(), en.subject(), kind.name());
            assertTrue(vi.body().contains("https://x/y?z=1") && en.body().contains("https://x/y?z=1"), kind.name());
            assertTrue(vi.body().startsWith("Kính gửi Nguyễn Văn A") && en.body().startsWith("Dear Nguyễn Văn A"), kind.name());
            assertFalse(vi.body().contains("{") || en.body().contains("{"), kind.name() + ": every argument filled");
        }
        assertTrue(MessageText.of(ReminderKind.RESULTS_RETURNED, "en", "A", "C", "U", "Missing the fund figure", "l").body()
                .contains("Reason: Missing the fund figure"));
        assertTrue(MessageText.of(ReminderKind.PLEDGE_CONFIRMED, "vi", "A", "T", "Cụm số 1", "TD-ABCD-EFGH-JKLM", "l").body()
                .contains("TD-ABCD-EFGH-JKLM"));
    }

    @Test
    void aVerificationLinkIsStoredHashedUsedOnceByItsOwnerAndExpires() {
        Instant now = Instant.parse("2022-04-01T08:00:00Z");
        EmailToken.Issued issued = EmailToken.issue(5, "chair@example.vn", now);
        assertTrue(issued.token().matches("[A-Za-z0-9_-]{43}"), issued.token());
        assertNotEquals(issued.token(), issued.entity().getTokenHash());
        assertEquals(EmailToken.hash(issued.token()), issued.entity().getTokenHash());
        assertNotEquals(issued.token(), EmailToken.issue(5, "chair@example.vn", now).token(), "random");
        assertEquals("contact.verify.invalid", assertThrows(RuleViolation.class, () -> issued.entity().use(6, now)).getKey());
        assertEquals("contact.verify.expired", assertThrows(RuleViolation.class,
                () -> issued.entity().use(5, now.plus(EmailToken.LIFETIME))).getKey());
        assertEquals("chair@example.vn", issued.entity().use(5, now.plus(EmailToken.LIFETIME).minusSeconds(1)));
        assertEquals("contact.verify.used", assertThrows(RuleViolation.class, () -> issued.entity().use(5, now)).getKey());
        EmailToken withdrawn = EmailToken.issue(5, "chair@example.vn", now).entity();
        withdrawn.withdraw(now);
        assertEquals("contact.verify.used", assertThrows(RuleViolation.class, () -> withdrawn.use(5, now)).getKey());
    }

    @Test
    void aNewAddressIsUnverifiedUntilItsOwnLinkIsOpened() {
        Contact c = new Contact(5);
        assertTrue(c.change("chair@example.vn", null, true, "vi"), "a new address: a link is due");
        assertFalse(c.isEmailVerified());
        c.verify("CHAIR@example.vn");
        assertTrue(c.isEmailVerified());
        assertFalse(c.change("chair@example.vn", "0297 3 800 100", true, "en"), "same address: stays verified");
        assertTrue(c.isEmailVerified());
        assertTrue(c.change("other@example.vn", null, true, "vi"));
        assertFalse(c.isEmailVerified());
        assertEquals("contact.verify.otherAddress", assertThrows(RuleViolation.class, () -> c.verify("chair@example.vn")).getKey());
        assertFalse(c.isEmailVerified());
        assertFalse(c.change(null, null, true, "vi"), "no address: nothing to verify");
    }

    @Test
    void theOverdueWorkbookKeepsEveryTextAsTextAndMarksFormulaLikeOnes() throws Exception {
        LocalDate today = LocalDate.of(2022, 4, 20);
        List<DueItem> items = List.of(
                new DueItem(Step.SIGNING, 2, "Cụm số 2", "=HYPERLINK(\"http://evil\",\"Thuận Hoà\")", "CHAIR",
                        LocalDate.of(2022, 4, 15), today, "+84 297 3 800 100; @chair", 10),
                new DueItem(Step.SIGNING, 2, "Cụm số 2", "Đông Hòa", "VICE_CHAIR", LocalDate.of(2022, 4, 18), today, null, 10));
        byte[] xlsx = OverdueXlsx.write("Thi đua năm 2022", today, items, Locale.forLanguageTag("vi"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("Quá hạn", sheet.getSheetName());
            assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().contains("Thi đua năm 2022"));
            assertEquals("Đơn vị", sheet.getRow(3).getCell(0).getStringCellValue());
            Cell evil = sheet.getRow(4).getCell(0);
            assertEquals(CellType.STRING, evil.getCellType(), "never a formula");
            assertEquals("=HYPERLINK(\"http://evil\",\"Thuận Hoà\")", evil.getStringCellValue());
            assertTrue(evil.getCellStyle().getQuotePrefixed(), "marked as text for whoever edits it");
            assertTrue(sheet.getRow(4).getCell(6).getCellStyle().getQuotePrefixed(), "+84… too");
            assertFalse(sheet.getRow(5).getCell(0).getCellStyle().getQuotePrefixed(), "a plain name is not marked");
            assertEquals("Chủ tịch", sheet.getRow(4).getCell(3).getStringCellValue().substring(0, 8));
            assertEquals(5, (int) sheet.getRow(4).getCell(5).getNumericCellValue(), "days late, a number");
            assertEquals(LocalDate.of(2022, 4, 15), sheet.getRow(4).getCell(4).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(null, sheet.getRow(5).getCell(6) == null ? null : blankToNull(sheet.getRow(5).getCell(6)));
            for (int r = 4; r <= 5; r++) {
                for (Cell cell : sheet.getRow(r)) {
                    assertNotEquals(CellType.FORMULA, cell.getCellType());
                }
            }
        }
        byte[] en = OverdueXlsx.write("Campaign", today, items, Locale.ENGLISH);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(en))) {
            assertEquals("Unit", wb.getSheetAt(0).getRow(3).getCell(0).getStringCellValue());
        }
    }

    private static String blankToNull(Cell cell) {
        return cell.getCellType() == CellType.BLANK ? null : cell.getStringCellValue();
    }

    @Test
    void anAddressTheServerRefusesIsAPermanentFailureAndABusyServerATemporaryOne() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread smtp = new Thread(() -> fakeSmtp(server), "fake-smtp");
            smtp.setDaemon(true);
            smtp.start();
            MailSender sender = new MailSender();
            NotificationConfig config = new NotificationConfig();
            config.host = Optional.of("127.0.0.1");
            config.port = server.getLocalPort();
            config.tls = false;
            config.user = Optional.empty();
            config.password = Optional.empty();
            config.from = "thidua@localhost";
            sender.config = config;
            List<MailSender.Outcome> outcomes = new ArrayList<>();
            sender.deliver(List.of(new Outbox.Claimed(1, "gone@example.vn", "s", "b"),
                    new Outbox.Claimed(2, "later@example.vn", "s", "b"),
                    new Outbox.Claimed(3, "fine@example.vn", "s", "b")), outcomes::add);
            assertEquals(3, outcomes.size());
            assertFalse(outcomes.get(0).sent());
            assertTrue(outcomes.get(0).permanent(), outcomes.get(0).toString());
            assertTrue(outcomes.get(0).reply().contains("550"), outcomes.get(0).reply());
            assertFalse(outcomes.get(1).sent());
            assertFalse(outcomes.get(1).permanent(), "451: try again later, " + outcomes.get(1));
            assertTrue(outcomes.get(2).sent(), outcomes.get(2).toString());
        }
    }

    /** Just enough SMTP: 550 for gone@, 451 for later@, everything else accepted. */
    private static void fakeSmtp(ServerSocket server) {
        try (Socket s = server.accept();
             BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
             OutputStream out = s.getOutputStream()) {
            reply(out, "220 fake ESMTP");
            boolean data = false;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (data) {
                    if (line.equals(".")) {
                        data = false;
                        reply(out, "250 2.0.0 queued as X");
                    }
                    continue;
                }
                String cmd = line.toUpperCase(Locale.ROOT);
                if (cmd.startsWith("EHLO") || cmd.startsWith("HELO")) {
                    reply(out, "250 fake");
                } else if (cmd.startsWith("RCPT") && cmd.contains("GONE@")) {
                    reply(out, "550 5.1.1 <gone@example.vn>: Recipient address rejected: User unknown");
                } else if (cmd.startsWith("RCPT") && cmd.contains("LATER@")) {
                    reply(out, "451 4.3.0 Try again later");
                } else if (cmd.startsWith("DATA")) {
                    data = true;
                    reply(out, "354 go ahead");
                } else if (cmd.startsWith("QUIT")) {
                    reply(out, "221 bye");
                    return;
                } else {
                    reply(out, "250 OK");
                }
            }
        } catch (java.io.IOException e) {
            // the test fails on its own assertions
        }
    }

    private static void reply(OutputStream out, String line) throws java.io.IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
