package org.xinqiao.points;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.xinqiao.account.AccountService;
import org.xinqiao.account.Role;
import org.xinqiao.audit.AuditService;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;
import org.xinqiao.common.Page;

/**
 * Redemptions. Every change takes its locks in one order — the account's balance, then the reward or the
 * redemption, then the reward's stock — so concurrent redemptions and cancellations queue instead of deadlocking.
 * What RedemptionPolicy decides under the balance lock (balance, per-account limit) and the reward lock (stock)
 * holds until the transaction commits; the stock and balance updates are guarded besides.
 */
@Singleton
class RedemptionService {

    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int CODE_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<Role> HANDING_STAFF = EnumSet.of(Role.STATION_STAFF, Role.VILLAGE_STAFF);

    private final PointsRepositories.Redemptions redemptions;
    private final PointsRepositories.Rewards rewards;
    private final Ledger ledger;
    private final AccountService accounts;
    private final AuditService audit;
    private final RedemptionPolicy policy = new RedemptionPolicy();
    private final Clock clock;
    private final ZoneId zone;

    RedemptionService(PointsRepositories.Redemptions redemptions, PointsRepositories.Rewards rewards, Ledger ledger,
                      AccountService accounts, AuditService audit, Clock clock, @Value("${xinqiao.time-zone}") ZoneId zone) {
        this.redemptions = redemptions;
        this.rewards = rewards;
        this.ledger = ledger;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    @Transactional
    RedemptionView redeem(long accountId, long rewardId, int quantity) {
        if (!rewards.existsById(rewardId)) {
            throw DomainException.invalid("rewardId", "reward " + rewardId + " does not exist");
        }
        long balance = ledger.lock(accountId);
        Reward reward = rewards.lock(rewardId).orElseThrow();
        long held = redemptions.lockHeld(accountId, rewardId).stream().mapToLong(Integer::longValue).sum();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        long price = policy.check(reward.offer(), quantity, balance, held, today);
        Instant now = clock.instant();
        if (rewards.take(rewardId, quantity, now) != 1) {
            throw new DomainException(ErrorCode.OUT_OF_STOCK, "The reward is out of stock");
        }
        Redemption redemption = redemptions.save(new Redemption(null, accountId, rewardId, quantity, price, reward.kind().waitsIn(),
                reward.kind() == RewardKind.SUPPLY ? newPickupCode() : null, null, null, now, now));
        PointsEntry entry = ledger.post(accountId, -price, EntryKind.REDEEMED, null, "redemption:" + redemption.id(),
                quantity + " × " + reward.name(), null);
        return view(redemption, reward, entry.balanceAfter());
    }

    /** Cancels an unfulfilled redemption of the caller (or any, for an administrator); cancelling twice is harmless. */
    @Transactional
    RedemptionView cancel(long callerId, long redemptionId) {
        Redemption found = redemptions.findById(redemptionId)
                .filter(r -> r.accountId() == callerId || accounts.rolesOf(callerId).contains(Role.ADMIN))
                .orElseThrow(() -> DomainException.notFound("Redemption " + redemptionId));
        ledger.lock(found.accountId());
        Redemption redemption = redemptions.lock(redemptionId).orElseThrow();
        if (redemption.status() == RedemptionStatus.CANCELLED) {
            return view(redemption, rewards.findById(redemption.rewardId()).orElseThrow(), null);
        }
        if (!redemption.status().unfulfilled()) {
            throw new DomainException(ErrorCode.REDEMPTION_NOT_CANCELLABLE, "Redemption " + redemptionId + " is " + redemption.status());
        }
        RedemptionView cancelled = giveBack(redemption, RedemptionStatus.CANCELLED, null, callerId);
        if (callerId != redemption.accountId()) {
            audit.record(callerId, "points.redemption.cancel", "redemption", Long.toString(redemptionId), null);
        }
        return cancelled;
    }

    /** Fulfils a waiting redemption (in {@code expected} state, when given); the same fulfilment again is harmless. */
    @Transactional
    RedemptionView fulfil(long redemptionId, @Nullable RedemptionStatus expected, String reference, @Nullable Long actorId) {
        Redemption redemption = redemptions.lock(redemptionId).orElseThrow(() -> DomainException.notFound("Redemption " + redemptionId));
        Reward reward = rewards.findById(redemption.rewardId()).orElseThrow();
        if (redemption.status() == RedemptionStatus.FULFILLED && reference.equals(redemption.fulfilmentRef())) {
            return view(redemption, reward, null);
        }
        if (!redemption.status().unfulfilled() || (expected != null && redemption.status() != expected)) {
            throw new DomainException(ErrorCode.REDEMPTION_NOT_CANCELLABLE, "Redemption " + redemptionId + " is " + redemption.status());
        }
        redemptions.close(redemptionId, RedemptionStatus.FULFILLED.name(), reference, null, clock.instant());
        audit.record(actorId, "points.redemption.fulfil", "redemption", Long.toString(redemptionId), reference);
        return view(redemptions.findById(redemptionId).orElseThrow(), reward, null);
    }

    /** A waiting redemption could not be fulfilled: it fails, and its points and stock return. Failing twice is harmless. */
    @Transactional
    RedemptionView fail(long redemptionId, @Nullable RedemptionStatus expected, String reason) {
        Redemption found = redemptions.findById(redemptionId).orElseThrow(() -> DomainException.notFound("Redemption " + redemptionId));
        ledger.lock(found.accountId());
        Redemption redemption = redemptions.lock(redemptionId).orElseThrow();
        if (redemption.status() == RedemptionStatus.FAILED) {
            return view(redemption, rewards.findById(redemption.rewardId()).orElseThrow(), null);
        }
        if (!redemption.status().unfulfilled() || (expected != null && redemption.status() != expected)) {
            throw new DomainException(ErrorCode.REDEMPTION_NOT_CANCELLABLE, "Redemption " + redemptionId + " is " + redemption.status());
        }
        RedemptionView failed = giveBack(redemption, RedemptionStatus.FAILED, reason, null);
        audit.record(null, "points.redemption.fail", "redemption", Long.toString(redemptionId), reason);
        return failed;
    }

    /** Station staff hand a SUPPLY over to whoever shows its pickup code. */
    @Transactional
    RedemptionView handOver(long staffId, String pickupCode) {
        Redemption redemption = redemptions.findByPickupCode(pickupCode.strip().toUpperCase())
                .orElseThrow(() -> DomainException.notFound("Pickup code"));
        Reward reward = rewards.findById(redemption.rewardId()).orElseThrow();
        Set<Role> roles = accounts.rolesOf(staffId);
        boolean allowed = roles.contains(Role.ADMIN) || (roles.stream().anyMatch(HANDING_STAFF::contains)
                && (reward.villageId() == null || accounts.villagesOf(staffId).contains(reward.villageId())));
        if (!allowed) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only staff of the station's village hand this reward over");
        }
        return fulfil(redemption.id(), RedemptionStatus.AWAITING_PICKUP, "pickup:" + staffId, staffId);
    }

    @Transactional
    Page<RedemptionView> mine(long accountId, Pageable pageable) {
        return Page.of(redemptions.findByAccount(accountId, pageable),
                r -> view(r, rewards.findById(r.rewardId()).orElseThrow(), null));
    }

    private RedemptionView giveBack(Redemption redemption, RedemptionStatus status, @Nullable String reason, @Nullable Long actorId) {
        Instant now = clock.instant();
        redemptions.close(redemption.id(), status.name(), null, reason, now);
        rewards.giveBack(redemption.rewardId(), redemption.quantity(), now);
        PointsEntry entry = ledger.post(redemption.accountId(), redemption.points(), EntryKind.RETURNED, null,
                "redemption:" + redemption.id() + ":return", status == RedemptionStatus.CANCELLED ? "cancelled" : reason, actorId);
        return view(redemptions.findById(redemption.id()).orElseThrow(), rewards.findById(redemption.rewardId()).orElseThrow(),
                entry.balanceAfter());
    }

    private String newPickupCode() {
        while (true) {
            char[] code = new char[CODE_LENGTH];
            for (int i = 0; i < CODE_LENGTH; i++) {
                code[i] = CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)];
            }
            String candidate = new String(code);
            if (!redemptions.existsByPickupCode(candidate)) {
                return candidate;
            }
        }
    }

    private RedemptionView view(Redemption r, Reward reward, @Nullable Long balance) {
        return new RedemptionView(r.id(), r.accountId(), r.rewardId(), reward.name(), reward.kind(), r.quantity(), r.points(),
                r.status(), r.pickupCode(), r.fulfilmentRef(), r.failureReason(), r.createdAt().atZone(zone).toOffsetDateTime(), balance);
    }
}
