package org.xinqiao.appointment;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * One lock row per child, provider and room ({@code booking_lock}). A booking first makes sure its rows exist
 * (committed on their own, so creating them never holds a lock), then, inside its transaction and before it reads
 * anything, locks them with {@code SELECT ... FOR UPDATE} in one fixed order (kind, then id), so two bookings that
 * share a child, a provider or a room run one after the other and never deadlock on each other. On InnoDB the
 * locking read comes first so the booking's snapshot is taken only after the locks are held.
 */
@Singleton
class BookingLocks {

    record Key(String kind, long id) implements Comparable<Key> {
        static Key child(long id) {
            return new Key("CHILD", id);
        }

        static Key provider(long id) {
            return new Key("PROVIDER", id);
        }

        static Key room(long id) {
            return new Key("ROOM", id);
        }

        @Override
        public int compareTo(Key other) {
            int byKind = kind.compareTo(other.kind);
            return byKind != 0 ? byKind : Long.compare(id, other.id);
        }
    }

    private final DataSource pool;
    private final JdbcOperations jdbc;

    BookingLocks(DataSource dataSource, JdbcOperations jdbc) {
        this.pool = DelegatingDataSource.unwrapDataSource(dataSource);
        this.jdbc = jdbc;
    }

    /** Creates the missing lock rows, each in its own committed statement. */
    void ensure(List<Key> keys) {
        try (Connection c = pool.getConnection()) {
            for (Key key : keys) {
                if (!exists(c, key)) {
                    try (PreparedStatement s = c.prepareStatement("INSERT INTO booking_lock (kind, ref_id) VALUES (?, ?)")) {
                        s.setString(1, key.kind());
                        s.setLong(2, key.id());
                        s.executeUpdate();
                    } catch (SQLException e) {
                        if (!isDuplicate(e)) {
                            throw e;
                        }
                    }
                }
                if (!c.getAutoCommit()) {
                    c.commit();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Locks the rows in the current transaction, in order. */
    void lock(List<Key> keys) {
        for (Key key : keys.stream().sorted().distinct().toList()) {
            jdbc.prepareStatement("SELECT ref_id FROM booking_lock WHERE kind = ? AND ref_id = ? FOR UPDATE", s -> {
                s.setString(1, key.kind());
                s.setLong(2, key.id());
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new IllegalStateException("no lock row for " + key);
                    }
                }
                return null;
            });
        }
    }

    private static boolean exists(Connection c, Key key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM booking_lock WHERE kind = ? AND ref_id = ?")) {
            s.setString(1, key.kind());
            s.setLong(2, key.id());
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    private static boolean isDuplicate(SQLException e) {
        return "23505".equals(e.getSQLState()) || e.getErrorCode() == 1062;
    }
}
