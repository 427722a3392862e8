package vn.thidua.notification;

import org.junit.jupiter.api.Test;
import vn.thidua.shared.RuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotificationRulesTest {

    private static final LocalDate START = LocalDate.of(2022, 1, 1);
    private static final LocalDate DUE = LocalDate.of(2022, 4, 15);

    private static Deadline deadline(Long cluster, Step step, LocalDate due) {
        return new Deadline(1, cluster, step, due, START, "canbo", Instant.EPOCH);
    }

    @Test
    void aClusterDeadlineOverridesTheCampaignsForThatClusterOnly() {
        List<Deadline> all = List.of(deadline(null, Step.SIGNING, DUE), deadline(7L, Step.SIGNING, DUE.plusDays(10)),
                deadline(null, Step.RESULTS, DUE.plusMonths(8)));
        assertEquals(Optional.of(DUE.plusDays(10)), Deadlines.effective(all, Step.SIGNING, 7L));
        assertEquals(Optional.of(DUE), Deadlines.effective(all, Step.SIGNING, 8L));
        assertEquals(Optional.of(DUE), Deadlines.effective(all, Step.SIGNING, null));
        assertEquals(Optional.empty(), Deadlines.effective(all, Step.REVIEW, 7L));
    }

    @Test
    void daysLateCountsFromTheDayAfterTheDeadline() {
        assertEquals(0, Deadlines.daysLate(DUE, DUE.minusDays(3)));
        assertEquals(0, Deadlines.daysLate(DUE, DUE));
        assertEquals(1, Deadlines.daysLate(DUE, DUE.plusDays(1)));
        assertEquals(30, deadline(null, Step.SIGNING, DUE).daysLate(DUE.plusDays(30)));
        assertEquals(-2, Deadlines.daysLeft(DUE, DUE.plusDays(2)));
    }

    @Test
    void aDeadlineNeedsADateNotBeforeTheCampaignStarts() {
        RuleViolation before = assertThrows(RuleViolation.class, () -> deadline(null, Step.SIGNING, START.minusDays(1)));
        assertEquals("deadline.error.beforeCampaign", before.getKey());
        assertEquals("error.required", assertThrows(RuleViolation.class, () -> deadline(null, Step.SIGNING, null)).getKey());
        assertEquals("error.required", assertThrows(RuleViolation.class, () -> deadline(null, null, DUE)).getKey());
        Deadline d = deadline(null, Step.SIGNING, START);
        d.moveTo(DUE, START, "other", Instant.EPOCH);
        assertEquals(DUE, d.getDueOn());
        assertEquals("other", d.getSetBy());
        assertThrows(RuleViolation.class, () -> d.moveTo(START.minusDays(1), START, "x", Instant.EPOCH));
        assertEquals(DUE, d.getDueOn());
    }

    @Test
    void theEarlyReminderRunsFromNDaysBeforeAndTheLastOneOnTheDay() {
        ReminderRule rule = new ReminderRule(3);
        assertEquals(Optional.empty(), rule.kindOn(DUE.minusDays(4), DUE));
        assertEquals(Optional.of(ReminderKind.SIGNING_REMINDER), rule.kindOn(DUE.minusDays(3), DUE));
        assertEquals(Optional.of(ReminderKind.SIGNING_REMINDER), rule.kindOn(DUE.minusDays(1), DUE));
        assertEquals(Optional.of(ReminderKind.SIGNING_DUE_TODAY), rule.kindOn(DUE, DUE));
        assertEquals(Optional.empty(), rule.kindOn(DUE.plusDays(1), DUE));
        assertThrows(IllegalArgumentException.class, () -> new ReminderRule(0));
    }

    private static SignerCandidate person(boolean signed, String email, boolean wants) {
        return person(signed, email, true, wants, java.util.Set.of());
    }

    private static SignerCandidate person(boolean signed, String email, boolean verified, boolean wants, java.util.Set<Topic> muted) {
        return new SignerCandidate(10, 2, 99, 31021, "CHAIR", signed, email, verified, wants, muted, "vi", "Nguyễn Văn A",
                "Giao ước thi đua", "Cụm số 2");
    }

    @Test
    void onlyThoseWhoHaveNotSignedAndCanBeMailedAreReminded() {
        assertTrue(ReminderRule.reaches(person(false, "a@example.vn", true)));
        assertFalse(ReminderRule.reaches(person(true, "a@example.vn", true)), "signed (online or on paper)");
        assertFalse(ReminderRule.reaches(person(false, null, true)), "no address");
        assertFalse(ReminderRule.reaches(person(false, " ", true)), "blank address");
        assertFalse(ReminderRule.reaches(person(false, "a@example.vn", false)), "turned e-mail off");
        assertFalse(ReminderRule.reaches(person(false, "a@example.vn", false, true, java.util.Set.of())), "address not verified");
        assertFalse(ReminderRule.reaches(person(false, "a@example.vn", true, true, java.util.Set.of(Topic.SIGNING))),
                "signing messages turned off");
        assertTrue(ReminderRule.reaches(person(false, "a@example.vn", true, true, java.util.Set.of(Topic.RESULTS))),
                "another topic turned off");
    }

    @Test
    void theSameReminderHasOneKeyAndAMovedDeadlineAnother() {
        SignerCandidate c = person(false, "a@example.vn", true);
        assertEquals(ReminderRule.dedupeKey(ReminderKind.SIGNING_REMINDER, c, DUE),
                ReminderRule.dedupeKey(ReminderKind.SIGNING_REMINDER, c, DUE));
        assertNotEquals(ReminderRule.dedupeKey(ReminderKind.SIGNING_REMINDER, c, DUE),
                ReminderRule.dedupeKey(ReminderKind.SIGNING_REMINDER, c, DUE.plusDays(1)));
        assertNotEquals(ReminderRule.dedupeKey(ReminderKind.SIGNING_REMINDER, c, DUE),
                ReminderRule.dedupeKey(ReminderKind.SIGNING_DUE_TODAY, c, DUE));
    }

    @Test
    void backoffDoublesUpToItsCap() {
        Backoff b = new Backoff(Duration.ofSeconds(60), Duration.ofHours(6));
        assertEquals(Duration.ZERO, b.after(0));
        assertEquals(Duration.ofSeconds(60), b.after(1));
        assertEquals(Duration.ofSeconds(120), b.after(2));
        assertEquals(Duration.ofSeconds(480), b.after(4));
        assertEquals(Duration.ofHours(6), b.after(10));
        assertEquals(Duration.ofHours(6), b.after(Integer.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofHours(2), Duration.ofHours(1)));
    }

    @Test
    void aContactRefusesWhatIsNotAnAddressOrATelephone() {
        Contact c = new Contact(5);
        c.change(" chair@thuanhoa.example.vn ", "+84 297 3 123 456", true, "en");
        assertEquals("chair@thuanhoa.example.vn", c.getEmail());
        assertEquals("en", c.getLanguage());
        assertEquals("contact.error.email", assertThrows(RuleViolation.class, () -> c.change("not an address", null, true, "vi")).getKey());
        assertEquals("contact.error.phone", assertThrows(RuleViolation.class, () -> c.change(null, "call me", true, "vi")).getKey());
        assertEquals("contact.error.language", assertThrows(RuleViolation.class, () -> c.change(null, null, true, "fr")).getKey());
        c.change("", "", false, "vi");
        assertEquals(null, c.getEmail());
        assertFalse(c.isWantsEmail());
    }

    @Test
    void messagesAreWrittenInTheRecipientsLanguage() {
        SignerCandidate vi = person(false, "a@example.vn", true);
        MessageText.Text text = MessageText.of(ReminderKind.SIGNING_REMINDER, vi, DUE, "https://thidua.example/pledge/sign.xhtml?version=10");
        assertTrue(text.subject().contains("Cụm số 2"), text.subject());
        assertTrue(text.body().contains("15/04/2022"), text.body());
        assertTrue(text.body().contains("https://thidua.example/pledge/sign.xhtml?version=10"), text.body());
        SignerCandidate en = new SignerCandidate(10, 2, 99, 31021, "CHAIR", false, "a@example.vn", true, true,
                java.util.Set.of(), "en", "Nguyễn Văn A", "Giao ước", "Cụm số 2");
        assertNotEquals(text.subject(), MessageText.of(ReminderKind.SIGNING_REMINDER, en, DUE, "x").subject());
    }
}
