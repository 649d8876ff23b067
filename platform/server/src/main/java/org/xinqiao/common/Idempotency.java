package org.xinqiao.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Makes a retried write happen once (API.md, Conventions). The first request with a key claims it in its own
 * committed row before doing the work, so concurrent duplicates see the claim; they wait for the first one's
 * answer and get it back (status and body), whether it succeeded or was refused. The same key with a different
 * body is a 422. A claim left by a crashed request is taken over after {@code abandonAfter}.
 */
@Singleton
public class Idempotency {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration ABANDON_AFTER = Duration.ofMinutes(2);

    private final DataSource pool;
    private final JsonMapper json;
    private final Clock clock;

    Idempotency(DataSource dataSource, JsonMapper json, Clock clock) {
        // claims commit on their own, outside the caller's transaction
        this.pool = DelegatingDataSource.unwrapDataSource(dataSource);
        this.json = json;
        this.clock = clock;
    }

    /** The answer to replay: the HTTP status and the body the first request got. */
    public record Outcome<T>(int status, @Nullable T body, @Nullable Problem problem) {
    }

    /**
     * Runs {@code work} once per (scope, key). Without a key the work simply runs. {@code successStatus} is the
     * status the caller answers a success with (e.g. 201), stored for replays.
     */
    public <T> Outcome<T> run(String scope, @Nullable String key, Object request, int successStatus, Class<T> type, Supplier<T> work) {
        if (key == null || key.isBlank()) {
            return new Outcome<>(successStatus, work.get(), null);
        }
        if (key.length() > 100) {
            throw DomainException.invalid("Idempotency-Key", "must be at most 100 characters");
        }
        String hash = Hashes.sha256Hex(write(request));
        Instant deadline = clock.instant().plus(WAIT);
        while (true) {
            if (claim(scope, key, hash)) {
                return perform(scope, key, successStatus, type, work);
            }
            Stored stored = read(scope, key);
            if (stored == null) {
                continue;
            }
            if (!stored.requestHash().equals(hash)) {
                throw new DomainException(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                        "This Idempotency-Key was used with a different request; use a new key for a new request");
            }
            if (stored.status() != null) {
                return replay(stored, type);
            }
            if (stored.createdAt().plus(ABANDON_AFTER).isBefore(clock.instant()) && takeOver(scope, key, stored.createdAt())) {
                return perform(scope, key, successStatus, type, work);
            }
            if (clock.instant().isAfter(deadline)) {
                throw new DomainException(ErrorCode.CONFLICT, "The first request with this Idempotency-Key is still running; retry shortly");
            }
            pause();
        }
    }

    private <T> Outcome<T> perform(String scope, String key, int successStatus, Class<T> type, Supplier<T> work) {
        try {
            T result = work.get();
            complete(scope, key, successStatus, write(result));
            return new Outcome<>(successStatus, result, null);
        } catch (DomainException refused) {
            Problem problem = Problem.of(refused.code(), refused.getMessage(), refused.errors());
            complete(scope, key, problem.status(), write(problem));
            throw refused;
        } catch (RuntimeException | Error unexpected) {
            // nothing to replay: let a retry do the work
            release(scope, key);
            throw unexpected;
        }
    }

    private <T> Outcome<T> replay(Stored stored, Class<T> type) {
        try {
            if (stored.status() >= 400) {
                Problem problem = json.readValue(stored.body(), Problem.class);
                throw new DomainException(ErrorCode.valueOf(problem.code()), problem.detail(),
                        problem.errors() == null ? List.of() : problem.errors(), null);
            }
            return new Outcome<>(stored.status(), json.readValue(stored.body(), type), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Stored(String requestHash, @Nullable Integer status, @Nullable String body, Instant createdAt) {
    }

    private boolean claim(String scope, String key, String hash) {
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO idempotency_record (scope, idem_key, request_hash, created_at) VALUES (?, ?, ?, ?)")) {
            s.setString(1, scope);
            s.setString(2, key);
            s.setString(3, hash);
            s.setTimestamp(4, Timestamp.from(clock.instant()));
            s.executeUpdate();
            commit(c);
            return true;
        } catch (SQLIntegrityConstraintViolationException taken) {
            return false;
        } catch (SQLException e) {
            if (isDuplicate(e)) {
                return false;
            }
            throw new IllegalStateException(e);
        }
    }

    private boolean takeOver(String scope, String key, Instant createdAt) {
        return update("UPDATE idempotency_record SET created_at = ? WHERE scope = ? AND idem_key = ? AND status IS NULL AND created_at = ?",
                Timestamp.from(clock.instant()), scope, key, Timestamp.from(createdAt)) == 1;
    }

    private void complete(String scope, String key, int status, String body) {
        update("UPDATE idempotency_record SET status = ?, response_body = ?, completed_at = ? WHERE scope = ? AND idem_key = ?",
                status, body, Timestamp.from(clock.instant()), scope, key);
    }

    private void release(String scope, String key) {
        update("DELETE FROM idempotency_record WHERE scope = ? AND idem_key = ? AND status IS NULL", scope, key);
    }

    private Stored read(String scope, String key) {
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT request_hash, status, response_body, created_at FROM idempotency_record WHERE scope = ? AND idem_key = ?")) {
            s.setString(1, scope);
            s.setString(2, key);
            try (ResultSet r = s.executeQuery()) {
                Stored stored = r.next() ? new Stored(r.getString(1), (Integer) r.getObject(2, Integer.class), r.getString(3),
                        r.getTimestamp(4).toInstant()) : null;
                commit(c);
                return stored;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int update(String sql, Object... args) {
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            int rows = s.executeUpdate();
            commit(c);
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void commit(Connection c) throws SQLException {
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    private static boolean isDuplicate(SQLException e) {
        // MySQL/MariaDB: SQLState 23000 with error 1062; H2: 23505
        return "23505".equals(e.getSQLState()) || e.getErrorCode() == 1062;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
