package org.xinqiao.appointment;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;
import org.xinqiao.need.NeedService;
import org.xinqiao.need.NeedStatus;
import org.xinqiao.need.NeedView;
import org.xinqiao.points.PointsService;

/** The loop's steps as the needs and points features take them. */
@Singleton
final class NeedsAndPointsLoop implements LoopSteps {

    private final NeedService needs;
    private final PointsService points;

    NeedsAndPointsLoop(NeedService needs, PointsService points) {
        this.needs = needs;
        this.points = points;
    }

    @Override
    public Optional<NeedRef> needOf(long needId) {
        try {
            return Optional.of(ref(needs.find(needId)));
        } catch (DomainException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public List<NeedRef> submittedIn(long villageId) {
        return needs.submittedIn(villageId).stream().map(NeedsAndPointsLoop::ref).toList();
    }

    @Override
    public List<NeedRef> declaredIn(long villageId, Instant from, Instant to) {
        return needs.declaredBetween(villageId, from, to).stream().map(NeedsAndPointsLoop::ref).toList();
    }

    @Override
    public void advanceNeed(long needId, NeedStage to, long actorId, String note) {
        needs.advance(needId, NeedStatus.valueOf(to.name()), actorId, note);
    }

    @Override
    public void creditSession(long providerAccountId, long appointmentId, BigDecimal hours, @Nullable Long approverId) {
        points.creditForCompletedSession(providerAccountId, appointmentId, hours, approverId);
    }

    private static NeedRef ref(NeedView need) {
        return new NeedRef(need.id(), need.childId(), need.villageId(), need.serviceType(), need.urgency(),
                NeedStage.valueOf(need.status().name()), need.createdAt());
    }
}
