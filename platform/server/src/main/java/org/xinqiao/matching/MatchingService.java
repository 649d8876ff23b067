package org.xinqiao.matching;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Pageable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.xinqiao.account.AccountService;
import org.xinqiao.account.Role;
import org.xinqiao.appointment.AppointmentService;
import org.xinqiao.appointment.LoopSteps;
import org.xinqiao.audit.AuditService;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;
import org.xinqiao.need.ServiceType;
import org.xinqiao.place.PlaceService;
import org.xinqiao.place.VillageView;
import org.xinqiao.provider.ProviderService;
import org.xinqiao.provider.ProviderView;
import org.xinqiao.provider.WeeklyWindow;

/**
 * Runs smart matching over the needs waiting for a provider, in one village or in all. A provider's free time is
 * the whole hours of their weekly availability less the appointments they already have in the coming week; each
 * matched need takes one hour. Matched needs move to MATCHED and the choice is kept in {@code need_match}.
 */
@Singleton
public class MatchingService {

    private static final Duration WEEK = Duration.ofDays(7);

    private final ProviderService providers;
    private final AppointmentService appointments;
    private final PlaceService places;
    private final AccountService accounts;
    private final AuditService audit;
    private final LoopSteps loop;
    private final JdbcOperations jdbc;
    private final Clock clock;
    private final ZoneId zone;
    private final MatchingPolicy policy = new MatchingPolicy();

    MatchingService(ProviderService providers, AppointmentService appointments, PlaceService places, AccountService accounts,
                    AuditService audit, LoopSteps loop, JdbcOperations jdbc, Clock clock,
                    @Value("${xinqiao.time-zone}") ZoneId zone) {
        this.providers = providers;
        this.appointments = appointments;
        this.places = places;
        this.accounts = accounts;
        this.audit = audit;
        this.loop = loop;
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = zone;
    }

    @Serdeable
    public record Assignment(long needId, long providerId) {
    }

    @Serdeable
    public record Result(int matched, int unmatched, List<Assignment> assignments, List<Long> unmatchedNeedIds) {
    }

    /**
     * The station's KPI over the civil days [from, to] (RULES.md §3): of the needs declared in its village in the
     * period, how many were matched (MATCHED or any later step of the loop) and served (SERVED or later);
     * matchSuccessRate = matched ÷ declared, to 4 places (null when nothing was declared).
     */
    @Serdeable
    public record StationKpi(long stationId, long villageId, LocalDate from, LocalDate to, int declared, int matched, int served,
                             @Nullable BigDecimal matchSuccessRate) {
    }

    private static final Set<LoopSteps.NeedStage> MATCHED = EnumSet.of(LoopSteps.NeedStage.MATCHED, LoopSteps.NeedStage.SCHEDULED,
            LoopSteps.NeedStage.SERVED, LoopSteps.NeedStage.FEEDBACK_GIVEN, LoopSteps.NeedStage.CLOSED);
    private static final Set<LoopSteps.NeedStage> SERVED = EnumSet.of(LoopSteps.NeedStage.SERVED, LoopSteps.NeedStage.FEEDBACK_GIVEN,
            LoopSteps.NeedStage.CLOSED);

    @Transactional
    public StationKpi kpi(long actorId, long stationId, LocalDate from, LocalDate to) {
        PlaceService.StationPlace station = places.station(stationId);
        if (!accounts.rolesOf(actorId).contains(Role.ADMIN) && !accounts.actsForVillage(actorId, station.villageId())) {
            throw DomainException.notFound("Station " + stationId);
        }
        if (to.isBefore(from)) {
            throw DomainException.invalid("to", "must not be before from");
        }
        List<LoopSteps.NeedRef> declared = loop.declaredIn(station.villageId(), from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant());
        int matched = (int) declared.stream().filter(n -> MATCHED.contains(n.status())).count();
        int served = (int) declared.stream().filter(n -> SERVED.contains(n.status())).count();
        BigDecimal rate = declared.isEmpty() ? null
                : BigDecimal.valueOf(matched).divide(BigDecimal.valueOf(declared.size()), 4, RoundingMode.HALF_UP);
        return new StationKpi(stationId, station.villageId(), from, to, declared.size(), matched, served, rate);
    }

    @Transactional
    public Result run(long actorId, @Nullable Long villageId) {
        boolean admin = accounts.rolesOf(actorId).contains(Role.ADMIN);
        if (villageId == null ? !admin : !(admin || accounts.actsForVillage(actorId, villageId))) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only administrators, or staff of the village, run matching");
        }
        List<Long> villages = villageId != null ? List.of(places.village(villageId).id()) : allVillages();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<MatchingPolicy.NeedToMatch> needs = new ArrayList<>();
        Map<Long, ProviderView> candidates = new LinkedHashMap<>();
        for (long village : villages) {
            loop.submittedIn(village).forEach(n -> needs.add(
                    new MatchingPolicy.NeedToMatch(n.id(), n.villageId(), n.serviceType(), n.urgency(), n.createdAt())));
            providers.approvedIn(village).forEach(p -> candidates.putIfAbsent(p.id(), p));
        }
        List<MatchingPolicy.Candidate> pool = candidates.values().stream().map(p -> {
            long load = appointments.activeLoad(p.id(), now, now.plus(WEEK));
            Set<ServiceType> deliverable = p.serviceTypes().stream().filter(t -> p.mayDeliver(t, today)).collect(Collectors.toSet());
            int free = (int) Math.max(0, weeklyHours(p.availability()) - load);
            return new MatchingPolicy.Candidate(p.id(), new HashSet<>(p.villageIds()), deliverable, free, load);
        }).toList();
        MatchingPolicy.Outcome outcome = policy.match(needs, pool);
        Map<Long, Long> villageOf = new HashMap<>();
        needs.forEach(n -> villageOf.put(n.needId(), n.villageId()));
        for (MatchingPolicy.Assignment a : outcome.assignments()) {
            jdbc.prepareStatement("INSERT INTO need_match (need_id, provider_id, village_id, matched_by, matched_at) VALUES (?, ?, ?, ?, ?)",
                    s -> {
                        s.setLong(1, a.needId());
                        s.setLong(2, a.providerId());
                        s.setLong(3, villageOf.get(a.needId()));
                        s.setLong(4, actorId);
                        s.setTimestamp(5, Timestamp.from(now));
                        return s.executeUpdate();
                    });
            loop.advanceNeed(a.needId(), LoopSteps.NeedStage.MATCHED, actorId, "matched to provider " + a.providerId());
        }
        audit.record(actorId, "matching.run", "village", villageId == null ? "*" : villageId.toString(),
                "matched=" + outcome.assignments().size() + " unmatched=" + outcome.unmatched().size());
        return new Result(outcome.assignments().size(), outcome.unmatched().size(),
                outcome.assignments().stream().map(a -> new Assignment(a.needId(), a.providerId())).toList(), outcome.unmatched());
    }

    private static long weeklyHours(List<WeeklyWindow> availability) {
        return availability.stream().mapToLong(w -> Duration.between(w.from(), w.to()).toHours()).sum();
    }

    private List<Long> allVillages() {
        List<Long> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<VillageView> batch = places.villages(null, Pageable.from(page, 100)).items();
            batch.forEach(v -> ids.add(v.id()));
            if (batch.size() < 100) {
                return ids;
            }
        }
    }
}
