package org.xinqiao.appointment;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.xinqiao.need.ServiceType;

/** Stands in for the needs and points features: keeps needs in memory and records every step asked of it. */
@Singleton
@Replaces(LoopSteps.class)
@Requires(property = "xinqiao.test.recording-loop-steps", value = "true")
public class RecordingLoopSteps implements LoopSteps {

    record Credit(long providerAccountId, long appointmentId, BigDecimal hours, @Nullable Long approverId) {
    }

    private final AtomicLong ids = new AtomicLong(9_000_000);
    private final Map<Long, NeedRef> needs = new ConcurrentHashMap<>();
    private final Map<Long, List<NeedStage>> history = new ConcurrentHashMap<>();
    final List<Credit> credits = new CopyOnWriteArrayList<>();

    long declare(long childId, ServiceType serviceType) {
        return declare(childId, 0, serviceType, 1);
    }

    public long declare(long childId, long villageId, ServiceType serviceType, int urgency) {
        long id = ids.incrementAndGet();
        needs.put(id, new NeedRef(id, childId, villageId, serviceType, urgency, NeedStage.SUBMITTED, java.time.Instant.now()));
        history.put(id, new CopyOnWriteArrayList<>(List.of(NeedStage.SUBMITTED)));
        return id;
    }

    List<NeedStage> history(long needId) {
        return new ArrayList<>(history.get(needId));
    }

    List<Credit> creditsFor(long appointmentId) {
        return credits.stream().filter(c -> c.appointmentId() == appointmentId).toList();
    }

    @Override
    public Optional<NeedRef> needOf(long needId) {
        return Optional.ofNullable(needs.get(needId));
    }

    @Override
    public List<NeedRef> submittedIn(long villageId) {
        return needs.values().stream().filter(n -> n.villageId() == villageId && n.status() == NeedStage.SUBMITTED)
                .sorted(java.util.Comparator.comparingLong(NeedRef::id)).toList();
    }

    @Override
    public List<NeedRef> declaredIn(long villageId, java.time.Instant from, java.time.Instant to) {
        return needs.values().stream().filter(n -> n.villageId() == villageId && !n.createdAt().isBefore(from) && n.createdAt().isBefore(to))
                .sorted(java.util.Comparator.comparingLong(NeedRef::id)).toList();
    }

    public NeedStage statusOf(long needId) {
        return needs.get(needId).status();
    }

    @Override
    public void advanceNeed(long needId, NeedStage to, long actorId, String note) {
        NeedRef need = needs.get(needId);
        needs.put(needId, new NeedRef(needId, need.childId(), need.villageId(), need.serviceType(), need.urgency(), to, need.createdAt()));
        history.get(needId).add(to);
    }

    @Override
    public void creditSession(long providerAccountId, long appointmentId, BigDecimal hours, @Nullable Long approverId) {
        credits.add(new Credit(providerAccountId, appointmentId, hours, approverId));
    }
}
