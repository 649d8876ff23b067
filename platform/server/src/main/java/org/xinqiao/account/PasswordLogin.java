package org.xinqiao.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;

/**
 * Staff log in with a username and password. After {@code max-failed-logins} failures in a row a username
 * is blocked for a time that doubles with each further failure (up to {@code lockout-max}); the counter is
 * in the database, so guessing through several instances gains nothing.
 */
@Singleton
class PasswordLogin {

    private final AccountService accounts;
    private final PasswordHasher hasher;
    private final Attempts attempts;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockoutBase;
    private final Duration lockoutMax;

    PasswordLogin(AccountService accounts, PasswordHasher hasher, Attempts attempts, Clock clock,
                  @Value("${xinqiao.auth.max-failed-logins}") int maxFailures,
                  @Value("${xinqiao.auth.lockout-base}") Duration lockoutBase,
                  @Value("${xinqiao.auth.lockout-max}") Duration lockoutMax) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.attempts = attempts;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockoutBase = lockoutBase;
        this.lockoutMax = lockoutMax;
    }

    @Transactional(noRollbackFor = DomainException.class)
    long login(String username, String password) {
        Instant now = clock.instant();
        Optional<Attempts.Row> previous = attempts.find(username);
        if (previous.isPresent() && previous.get().blockedUntil() != null && previous.get().blockedUntil().isAfter(now)) {
            throw blocked(Duration.between(now, previous.get().blockedUntil()));
        }
        Optional<Account> account = accounts.findStaff(username);
        if (hasher.matches(password, account.map(Account::passwordHash).orElse(null)) && account.isPresent()) {
            previous.ifPresent(row -> attempts.delete(username));
            return account.get().id();
        }
        int failures = previous.map(Attempts.Row::failures).orElse(0) + 1;
        Instant blockedUntil = failures >= maxFailures ? now.plus(lockout(failures)) : null;
        if (previous.isPresent()) {
            attempts.update(username, failures, blockedUntil, now);
        } else {
            attempts.insert(username, failures, blockedUntil, now);
        }
        if (blockedUntil != null) {
            throw blocked(lockout(failures));
        }
        throw new DomainException(ErrorCode.BAD_CREDENTIALS, "Wrong username or password");
    }

    /** lockout-base for the first blocked attempt, doubling after that, never above lockout-max. */
    Duration lockout(int failures) {
        int doublings = Math.min(failures - maxFailures, 30);
        Duration lockout = lockoutBase.multipliedBy(1L << doublings);
        return lockout.compareTo(lockoutMax) > 0 ? lockoutMax : lockout;
    }

    private static DomainException blocked(Duration wait) {
        return new DomainException(ErrorCode.TOO_MANY_ATTEMPTS,
                "Too many failed logins for this username; try again in " + Math.max(1, wait.toSeconds()) + " s",
                List.of(), wait);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Attempts extends GenericRepository<Attempts.Row, String> {

        @io.micronaut.data.annotation.MappedEntity("login_attempt")
        record Row(@io.micronaut.data.annotation.Id String username, int failures, @Nullable Instant blockedUntil, Instant updatedAt) {
        }

        @Query("SELECT * FROM login_attempt WHERE username = :username FOR UPDATE")
        Optional<Row> find(String username);

        @Query("INSERT INTO login_attempt (username, failures, blocked_until, updated_at) VALUES (:username, :failures, :blockedUntil, :now)")
        void insert(String username, int failures, @Nullable Instant blockedUntil, Instant now);

        @Query("UPDATE login_attempt SET failures = :failures, blocked_until = :blockedUntil, updated_at = :now WHERE username = :username")
        void update(String username, int failures, @Nullable Instant blockedUntil, Instant now);

        @Query("DELETE FROM login_attempt WHERE username = :username")
        void delete(String username);
    }
}
