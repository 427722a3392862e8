package vn.thidua.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each table's SQL only in its owner (issue 16): a feature that needs another's rows asks the owner's query class
 * (the tally reads the results through {@code assessment.RecordedResults}), so that a table's columns and how its
 * values are decoded are known in one place. ArchUnit cannot see this: it models classes and their dependencies, not
 * the text of string literals, and a native query names tables only there. So this reads the main sources: every
 * string literal naming a lower-case table after FROM, JOIN, INTO or UPDATE (JPQL names entities, capitalised, and
 * is not concerned) must sit in the package of the feature that owns the table (its {@code package-info.java} says
 * "Owns").
 * <p>
 * The reads across features that existed when the rule was written are listed in {@link #KNOWN}, file by file; a new
 * one fails, and so does an entry that is no longer true (remove it, never add one to pass).
 */
class TableOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java/vn/thidua");

    /** Table (or prefix ending in "_") → owning feature, as the package-info files declare it. */
    private static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("result_", "assessment"),
            Map.entry("award", "award"),
            Map.entry("campaign", "campaign"), Map.entry("rating_level", "campaign"),
            Map.entry("cluster", "cluster"), Map.entry("cluster_member", "cluster"),
            Map.entry("notification_", "notification"),
            Map.entry("unit", "organisation"), Map.entry("unit_type", "organisation"),
            Map.entry("pledge_", "pledge"),
            Map.entry("score_", "review"), Map.entry("review_", "review"),
            Map.entry("account", "security"), Map.entry("api_token", "security"));

    /** Reads across features that predate the rule: file (below vn/thidua) → the other features' tables it names. */
    private static final Map<String, Set<String>> KNOWN = Map.of(
            // the campaign page's progress of every cluster in one read (signatures, reports, review stage)
            "campaign/ClusterProgressQueries.java", Set.of("cluster_member", "result_report", "pledge_signature",
                    "pledge_signer", "pledge_version", "review_sheet"),
            // who still has to sign, for the reminders and the overdue list
            "notification/Outbox.java", Set.of("pledge_signature", "pledge_version", "cluster", "pledge_signer", "account"),
            // who is told of an event of the year (chairs and vice-chairs of the units concerned): written on a parallel
            // branch while this rule was; to be read through the owners' queries
            "notification/Notifications.java", Set.of("account", "campaign", "cluster", "cluster_member", "pledge_version",
                    "review_sheet", "unit"),
            "notification/NotificationQueries.java", Set.of("pledge_version", "cluster", "pledge_signer", "account",
                    "pledge_signature"),
            // the results' owner counts each member's children to rate (units in force) beside their ratings
            "assessment/RecordedResults.java", Set.of("unit", "unit_type", "cluster_member"),
            // the tally's heading in one read: the campaign, its organiser and a chair's cluster
            "tally/TallyQueries.java", Set.of("campaign", "unit", "unit_type", "cluster_member"));

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern TABLE = Pattern.compile("\\b(?:FROM|JOIN|INTO|UPDATE)\\s+`?([a-z][a-z0-9_]*)`?");

    @Test
    void everyTableIsNamedInSqlOnlyByItsOwnerOrAKnownReader() throws IOException {
        Map<String, Set<String>> found = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String relative = SOURCES.relativize(file).toString().replace('\\', '/');
                String feature = relative.substring(0, relative.indexOf('/'));
                Matcher literal = LITERAL.matcher(Files.readString(file));
                while (literal.find()) {
                    Matcher table = TABLE.matcher(literal.group(1));
                    while (table.find()) {
                        String name = table.group(1);
                        owner(name).filter(o -> !o.equals(feature))
                                .ifPresent(o -> found.computeIfAbsent(relative, k -> new TreeSet<>()).add(name));
                    }
                }
            }
        }
        Map<String, Set<String>> known = new java.util.TreeMap<>();
        KNOWN.forEach((file, tables) -> known.put(file, new TreeSet<>(tables)));
        assertEquals(known, found, "SQL naming another feature's table: read it through the owner's query class"
                + " (a new read) or shrink KNOWN (a read that is gone)");
    }

    @Test
    void theRuleSeesANativeQueryOfAnotherFeaturesTable() {
        // the patterns the rule relies on, so that a change to them cannot silently pass everything
        Matcher table = TABLE.matcher("SELECT e.unit_id FROM result_entry e JOIN unit u ON u.id = e.unit_id");
        Set<String> names = new TreeSet<>();
        while (table.find()) {
            names.add(table.group(1));
        }
        assertEquals(Set.of("result_entry", "unit"), names);
        assertEquals(Optional.of("assessment"), owner("result_entry"));
        assertEquals(Optional.of("cluster"), owner("cluster_member"));
        assertTrue(owner("flyway_schema_history").isEmpty());
        assertTrue(TABLE.matcher("SELECT u FROM Unit u").results().findAny().isEmpty(), "JPQL entity names are not tables");
    }

    static Optional<String> owner(String table) {
        String exact = OWNERS.get(table);
        if (exact != null) {
            return Optional.of(exact);
        }
        return OWNERS.entrySet().stream().filter(e -> e.getKey().endsWith("_") && table.startsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst();
    }
}
