package vn.thidua.shared;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The remembered answers of API writes sent with an {@code Idempotency-Key} (table {@code api_idempotency}). Each call
 * is its own short transaction, outside the write's: the key is claimed before the write runs (the primary key lets
 * exactly one of two racing requests claim it) and its answer stored after. A claim left unfinished for longer than
 * {@link #ABANDONED} (the server died mid-request) may be taken over; answers are kept for {@link #KEPT}.
 */
@ApplicationScoped
public class IdempotencyStore {

    public static final Duration ABANDONED = Duration.ofMinutes(5);
    public static final Duration KEPT = Duration.ofHours(24);

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    /** What a key already holds. {@code status} is null while the first request is still running. */
    public record Entry(String requestHash, Integer status, String contentType, byte[] body, Instant createdAt) {
        public boolean isDone() {
            return status != null;
        }
    }

    /** Claims the key for this request; empty when claimed, otherwise what the key already holds. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<Entry> claim(String caller, String key, String requestHash) {
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection()) {
            purgeOld(c, now);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO api_idempotency"
                    + " (caller, idem_key, request_hash, state, created_at) VALUES (?, ?, ?, 'RUNNING', ?)")) {
                insert.setString(1, caller);
                insert.setString(2, key);
                insert.setString(3, requestHash);
                insert.setTimestamp(4, Timestamp.from(now));
                insert.executeUpdate();
                return Optional.empty();
            } catch (SQLIntegrityConstraintViolationException taken) {
                Entry entry = read(c, caller, key);
                if (entry != null && !entry.isDone() && entry.createdAt().isBefore(now.minus(ABANDONED))
                        && takeOver(c, caller, key, requestHash, entry.createdAt(), now)) {
                    return Optional.empty();
                }
                return entry == null ? claim(caller, key, requestHash) : Optional.of(entry);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency store unavailable", e);
        }
    }

    /** Keeps the answer given to the claiming request, for its retries. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void complete(String caller, String key, int status, String contentType, byte[] body) {
        update("UPDATE api_idempotency SET state = 'DONE', status = ?, content_type = ?, body = ?, completed_at = ?"
                + " WHERE caller = ? AND idem_key = ?", ps -> {
            ps.setInt(1, status);
            ps.setString(2, contentType);
            ps.setBytes(3, body);
            ps.setTimestamp(4, Timestamp.from(Instant.now()));
            ps.setString(5, caller);
            ps.setString(6, key);
        });
    }

    /** The request failed in a way a retry may cure (a server error): the key is free again. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void release(String caller, String key) {
        update("DELETE FROM api_idempotency WHERE caller = ? AND idem_key = ? AND state = 'RUNNING'", ps -> {
            ps.setString(1, caller);
            ps.setString(2, key);
        });
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private void update(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency store unavailable", e);
        }
    }

    private static Entry read(Connection c, String caller, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT request_hash, status, content_type, body, created_at"
                + " FROM api_idempotency WHERE caller = ? AND idem_key = ?")) {
            ps.setString(1, caller);
            ps.setString(2, key);
            try (ResultSet r = ps.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                return new Entry(r.getString(1), (Integer) r.getObject(2, Integer.class), r.getString(3), r.getBytes(4),
                        r.getTimestamp(5).toInstant());
            }
        }
    }

    private static boolean takeOver(Connection c, String caller, String key, String hash, Instant was, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE api_idempotency SET request_hash = ?, created_at = ?"
                + " WHERE caller = ? AND idem_key = ? AND state = 'RUNNING' AND created_at = ?")) {
            ps.setString(1, hash);
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setString(3, caller);
            ps.setString(4, key);
            ps.setTimestamp(5, Timestamp.from(was));
            return ps.executeUpdate() == 1;
        }
    }

    private static void purgeOld(Connection c, Instant now) throws SQLException {
        // A few at a time, on the way: no scheduler needed, and no request pays for a big delete.
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM api_idempotency WHERE created_at < ? LIMIT 20")) {
            ps.setTimestamp(1, Timestamp.from(now.minus(KEPT)));
            ps.executeUpdate();
        }
    }
}
