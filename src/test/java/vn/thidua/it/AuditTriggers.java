package vn.thidua.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The append-only triggers of V6 (pledge_event and pledge_signature refuse UPDATE and DELETE), suspended the way a
 * DBA repairing data would: each trigger's definition is read back from the database, the trigger dropped, and
 * {@link #close()} creates it again exactly as it was. Tamper tests use this to alter rows the application itself can
 * no longer alter.
 */
final class AuditTriggers implements AutoCloseable {

    static final List<String> NAMES = List.of("pledge_event_no_update", "pledge_event_no_delete",
            "pledge_signature_no_update", "pledge_signature_no_delete");

    private static final Pattern DEFINER = Pattern.compile(
            "(?i)DEFINER\\s*=\\s*(`[^`]*`|'[^']*'|[^\\s@]+)(\\s*@\\s*(`[^`]*`|'[^']*'|\\S+))?\\s+");

    private final Connection db;
    private final List<String> definitions = new ArrayList<>();

    private AuditTriggers(Connection db) {
        this.db = db;
    }

    static AuditTriggers suspend(Connection db) throws SQLException {
        AuditTriggers triggers = new AuditTriggers(db);
        try (Statement s = db.createStatement()) {
            for (String name : NAMES) {
                try (ResultSet r = s.executeQuery("SHOW CREATE TRIGGER " + name)) {
                    if (!r.next()) {
                        throw new IllegalStateException("no trigger " + name);
                    }
                    // re-created by the same account, as its own definer (a definer named back can be one MariaDB
                    // then refuses, e.g. an anonymous host part)
                    triggers.definitions.add(DEFINER.matcher(r.getString("SQL Original Statement")).replaceFirst(""));
                }
                s.execute("DROP TRIGGER " + name);
            }
        } catch (SQLException | RuntimeException e) {
            triggers.close();
            throw e;
        }
        return triggers;
    }

    @Override
    public void close() throws SQLException {
        try (Statement s = db.createStatement()) {
            for (String definition : definitions) {
                s.execute(definition);
            }
        }
        definitions.clear();
    }
}
