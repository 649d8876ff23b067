package org.xinqiao.points;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.xinqiao.audit.AuditService;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.Page;
import org.xinqiao.place.PlaceService;

/** The rewards catalog, managed by administrators; every change is audited. */
@Singleton
class RewardService {

    private final PointsRepositories.Rewards rewards;
    private final PlaceService places;
    private final AuditService audit;
    private final Clock clock;
    private final ZoneId zone;

    RewardService(PointsRepositories.Rewards rewards, PlaceService places, AuditService audit, Clock clock,
                  @Value("${xinqiao.time-zone}") ZoneId zone) {
        this.rewards = rewards;
        this.places = places;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    /** What can be redeemed today. */
    @Transactional
    Page<RewardView> offered(Pageable pageable) {
        return Page.of(rewards.findOffered(LocalDate.ofInstant(clock.instant(), zone), pageable), RewardView::of);
    }

    @Transactional
    Page<RewardView> catalog(Pageable pageable) {
        return Page.of(rewards.catalog(pageable), RewardView::of);
    }

    @Transactional
    RewardView create(long actorId, RewardRequest request) {
        validate(request);
        Instant now = clock.instant();
        Reward reward = rewards.save(new Reward(null, request.name().strip(), request.kind(), request.pointsPrice(), request.stock(),
                request.perAccountLimit(), request.partnerId(), request.villageId(), request.stationId(), request.activeFrom(),
                request.activeUntil(), null, now, now));
        audit.record(actorId, "points.reward.create", "reward", reward.id().toString(), reward.name());
        return RewardView.of(reward);
    }

    /** Replaces a reward's terms; {@code stock} is what is left from now on. Redemptions made keep their price. */
    @Transactional
    RewardView update(long actorId, long rewardId, RewardRequest request) {
        Reward current = rewards.lock(rewardId).orElseThrow(() -> DomainException.notFound("Reward " + rewardId));
        if (current.retiredAt() != null) {
            throw DomainException.notFound("Reward " + rewardId);
        }
        validate(request);
        Reward reward = rewards.update(new Reward(rewardId, request.name().strip(), request.kind(), request.pointsPrice(),
                request.stock(), request.perAccountLimit(), request.partnerId(), request.villageId(), request.stationId(),
                request.activeFrom(), request.activeUntil(), null, current.createdAt(), clock.instant()));
        audit.record(actorId, "points.reward.update", "reward", Long.toString(rewardId),
                "price=" + reward.pointsPrice() + " stock=" + reward.stock());
        return RewardView.of(reward);
    }

    /** Retires a reward: no longer offered; its redemptions stay as they are. */
    @Transactional
    void retire(long actorId, long rewardId) {
        Reward current = rewards.lock(rewardId).orElseThrow(() -> DomainException.notFound("Reward " + rewardId));
        if (current.retiredAt() != null) {
            return;
        }
        Instant now = clock.instant();
        rewards.update(new Reward(current.id(), current.name(), current.kind(), current.pointsPrice(), current.stock(),
                current.perAccountLimit(), current.partnerId(), current.villageId(), current.stationId(), current.activeFrom(),
                current.activeUntil(), now, current.createdAt(), now));
        audit.record(actorId, "points.reward.retire", "reward", Long.toString(rewardId), null);
    }

    private void validate(RewardRequest request) {
        if (request.kind() == RewardKind.VOUCHER && request.partnerId() == null) {
            throw DomainException.invalid("partnerId", "is required for a VOUCHER: the partner's platform issues it");
        }
        if (request.activeFrom() != null && request.activeUntil() != null && request.activeUntil().isBefore(request.activeFrom())) {
            throw DomainException.invalid("activeUntil", "must not be before activeFrom");
        }
        if (request.stationId() != null && request.villageId() == null) {
            throw DomainException.invalid("villageId", "is required with a stationId");
        }
        if (request.villageId() != null) {
            if (!places.villageExists(request.villageId())) {
                throw DomainException.invalid("villageId", "village " + request.villageId() + " does not exist");
            }
            if (request.stationId() != null && places.village(request.villageId()).stations().stream()
                    .noneMatch(s -> s.id() == request.stationId())) {
                throw DomainException.invalid("stationId", "station " + request.stationId() + " is not in village " + request.villageId());
            }
        }
    }
}
