package org.xinqiao.account;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.Hashes;
import org.xinqiao.common.ErrorCode;

/**
 * Turns a mini-program login code into an account. A code is single-use at WeChat, so concurrent (or
 * retried) requests with the same code share one exchange and get the same account. In the embedded
 * default, codes of the form {@code dev-<name>} map to a stable openid without calling WeChat; a
 * production environment refuses to start with that gateway on.
 */
@Context
@Singleton
class WeChatLogin {

    static final String DEV_PREFIX = "dev-";
    private static final Set<ErrorCode> TRANSIENT = EnumSet.of(ErrorCode.WECHAT_RATE_LIMITED, ErrorCode.WECHAT_UNAVAILABLE);

    private final WeChatClient client;
    private final AccountService accounts;
    private final boolean devGateway;
    private final AsyncCache<String, Outcome> recentCodes;

    WeChatLogin(WeChatClient client, AccountService accounts, WeChatProperties properties, Environment environment,
                @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        refuseDevGatewayOutsideEmbedded(properties.devGateway(), environment.getActiveNames());
        this.client = client;
        this.accounts = accounts;
        this.devGateway = properties.devGateway();
        this.recentCodes = Caffeine.newBuilder()
                .executor(blocking)
                .expireAfterWrite(Duration.ofMinutes(5))
                .maximumSize(100_000)
                .buildAsync();
    }

    /** Fails start-up when the dev gateway is on with a production database: it lets anyone log in as anyone. */
    static void refuseDevGatewayOutsideEmbedded(boolean devGateway, Set<String> environments) {
        if (devGateway && (environments.contains("mysql") || environments.contains("prod"))) {
            throw new IllegalStateException("xinqiao.wechat.dev-gateway must be false in the " + environments
                    + " environment: it lets anyone log in as anyone");
        }
    }

    /** The account id for this code, creating the account on its first login. */
    long login(String code) {
        Outcome outcome = recentCodes.get(code, this::exchangeAndStore).join();
        if (outcome.failure() == null) {
            return outcome.accountId();
        }
        if (outcome.failure() instanceof DomainException refusal && TRANSIENT.contains(refusal.code())) {
            // WeChat did not consume the code: a retry may succeed
            recentCodes.synchronous().invalidate(code);
        }
        throw outcome.failure();
    }

    /** A refusal is a result too, so a retried code is answered without asking WeChat again (codes are single-use). */
    private Outcome exchangeAndStore(String code) {
        try {
            WeChatSession session = devGateway && code.startsWith(DEV_PREFIX) ? devSession(code.substring(DEV_PREFIX.length()))
                    : client.exchange(code);
            return new Outcome(accounts.recordWeChatLogin(session), null);
        } catch (RuntimeException failure) {
            return new Outcome(null, failure);
        }
    }

    private record Outcome(Long accountId, RuntimeException failure) {
    }

    private static WeChatSession devSession(String name) {
        if (name.isBlank()) {
            throw DomainException.invalid("code", "a dev code needs a name after 'dev-'");
        }
        return new WeChatSession("dev_" + Hashes.sha256Hex(name).substring(0, 28), null, Hashes.sha256Hex("session:" + name), name);
    }
}
