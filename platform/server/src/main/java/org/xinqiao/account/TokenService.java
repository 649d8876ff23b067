package org.xinqiao.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import io.micronaut.context.annotation.Value;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.Hashes;
import org.xinqiao.common.ErrorCode;
import org.xinqiao.common.Secrets;

/**
 * Access tokens are short-lived JWTs; refresh tokens are random, stored only as hashes, and rotate:
 * each is good for one refresh. Presenting a used one again revokes its whole family (it was stolen or replayed).
 */
@Singleton
class TokenService {

    private final TokenGenerator generator;
    private final RefreshTokens refreshTokens;
    private final AccountService accounts;
    private final Clock clock;
    private final Duration refreshTtl;
    private final int accessTtlSeconds;

    TokenService(TokenGenerator generator, RefreshTokens refreshTokens, AccountService accounts, Clock clock,
                 @Value("${xinqiao.auth.refresh-token-ttl}") Duration refreshTtl,
                 @Value("${micronaut.security.token.generator.access-token.expiration:900}") int accessTtlSeconds) {
        this.generator = generator;
        this.refreshTokens = refreshTokens;
        this.accounts = accounts;
        this.clock = clock;
        this.refreshTtl = refreshTtl;
        this.accessTtlSeconds = accessTtlSeconds;
    }

    @Transactional
    Tokens issue(long accountId) {
        return issue(accountId, UUID.randomUUID().toString());
    }

    @Transactional(noRollbackFor = DomainException.class)
    Tokens refresh(String refreshToken) {
        Instant now = clock.instant();
        RefreshTokens.Row row = refreshTokens.findByHash(Hashes.sha256Hex(refreshToken))
                .orElseThrow(() -> new DomainException(ErrorCode.TOKEN_INVALID, "Unknown refresh token"));
        if (row.revoked() || row.usedAt() != null) {
            refreshTokens.revokeFamily(row.family());
            throw new DomainException(ErrorCode.TOKEN_INVALID, "This refresh token was already used; log in again");
        }
        if (!row.expiresAt().isAfter(now)) {
            throw new DomainException(ErrorCode.TOKEN_INVALID, "The refresh token has expired; log in again");
        }
        if (refreshTokens.markUsed(row.id(), now) != 1) {
            // a concurrent refresh with the same token won the race
            refreshTokens.revokeFamily(row.family());
            throw new DomainException(ErrorCode.TOKEN_INVALID, "This refresh token was already used; log in again");
        }
        return issue(row.accountId(), row.family());
    }

    private Tokens issue(long accountId, String family) {
        AccountView account = accounts.view(accountId);
        Authentication authentication = Authentication.build(Long.toString(accountId),
                account.roles().stream().map(Enum::name).sorted().toList(), Map.of("name", account.displayName()));
        String access = generator.generateToken(authentication, accessTtlSeconds)
                .orElseThrow(() -> new IllegalStateException("no JWT generator configured"));
        String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(Secrets.randomBytes(32));
        Instant now = clock.instant();
        refreshTokens.insert(accountId, Hashes.sha256Hex(refresh), family, now.plus(refreshTtl), now);
        return new Tokens(access, refresh, accessTtlSeconds, account);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface RefreshTokens extends GenericRepository<RefreshTokens.Row, Long> {

        @io.micronaut.data.annotation.MappedEntity("refresh_token")
        record Row(@io.micronaut.data.annotation.Id Long id, long accountId, String tokenHash, String family, Instant expiresAt,
                   @io.micronaut.core.annotation.Nullable Instant usedAt, boolean revoked, Instant createdAt) {
        }

        @Query("SELECT * FROM refresh_token WHERE token_hash = :tokenHash")
        Optional<Row> findByHash(String tokenHash);

        @Query("INSERT INTO refresh_token (account_id, token_hash, family, expires_at, revoked, created_at) "
                + "VALUES (:accountId, :tokenHash, :family, :expiresAt, FALSE, :createdAt)")
        void insert(long accountId, String tokenHash, String family, Instant expiresAt, Instant createdAt);

        @Query("UPDATE refresh_token SET used_at = :now WHERE id = :id AND used_at IS NULL AND revoked = FALSE")
        int markUsed(long id, Instant now);

        @Query("UPDATE refresh_token SET revoked = TRUE WHERE family = :family")
        void revokeFamily(String family);
    }
}
