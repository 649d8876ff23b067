package org.xinqiao.need;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.xinqiao.account.AccountService;
import org.xinqiao.account.Role;
import org.xinqiao.audit.AuditService;
import org.xinqiao.child.ChildService;
import org.xinqiao.child.ChildView;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;
import org.xinqiao.common.Page;
import org.xinqiao.place.PlaceService;

/**
 * Census rounds (需求普查) and their records. Every write to a round takes the round's row lock first, so a
 * record, a close and an approval of the same round never interleave; one record per child and round (and one
 * per revision) is also a unique key.
 */
@Singleton
class CensusService {

    private final NeedRepositories.Rounds rounds;
    private final NeedRepositories.Approvals approvals;
    private final NeedRepositories.Records records;
    private final CensusCalendar calendar;
    private final AccountService accounts;
    private final ChildService children;
    private final PlaceService places;
    private final AuditService audit;
    private final Clock clock;
    private final ZoneId zone;

    CensusService(NeedRepositories.Rounds rounds, NeedRepositories.Approvals approvals, NeedRepositories.Records records,
                  CensusCalendar calendar, AccountService accounts, ChildService children, PlaceService places,
                  AuditService audit, Clock clock, @Value("${xinqiao.time-zone}") ZoneId zone) {
        this.rounds = rounds;
        this.approvals = approvals;
        this.records = records;
        this.calendar = calendar;
        this.accounts = accounts;
        this.children = children;
        this.places = places;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    /** The result of opening: the round, and whether this call created it. */
    record Opened(CensusRoundView round, boolean created) {
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    String periodOn(LocalDate day) {
        return calendar.periodOn(day);
    }

    /**
     * Opens the round of a village for a period, or answers the one already open for it. Callers racing to open
     * the same round meet at the unique key; the losers then read the winner's row, which READ COMMITTED lets them
     * see (under InnoDB's REPEATABLE READ their snapshot would predate it).
     */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW,
            isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    Opened open(long villageId, CensusCalendar.Period period, @Nullable Long actorId) {
        if (!places.villageExists(villageId)) {
            throw DomainException.invalid("villageId", "village " + villageId + " does not exist");
        }
        Optional<CensusRound> existing = rounds.findByVillageIdAndPeriod(villageId, period.name());
        if (existing.isPresent()) {
            return new Opened(existing.get().view(today()), false);
        }
        CensusRound round;
        try {
            round = rounds.save(new CensusRound(null, villageId, period.name(), period.start(), period.end(), period.locksAfter(),
                    CensusRound.OPEN, null, actorId, clock.instant(), null, null));
        } catch (DataAccessException raced) {
            // another caller (a second node's scheduled job, a double click) opened it a moment ago
            return new Opened(rounds.findByVillageIdAndPeriod(villageId, period.name()).orElseThrow(() -> raced).view(today()), false);
        }
        audit.record(actorId, "census.round.open", "census_round", round.id().toString(), "village=" + villageId + " period=" + period.name());
        return new Opened(round.view(today()), true);
    }

    Opened openAs(long callerId, long villageId, @Nullable String halfYear, @Nullable LocalDate start, @Nullable LocalDate end) {
        CensusCalendar.Period period;
        if (halfYear != null) {
            if (start != null || end != null) {
                throw DomainException.invalid("period", "give either a half-year period or startDate and endDate, not both");
            }
            period = calendar.halfYear(halfYear);
        } else if (start != null && end != null) {
            period = calendar.between(start, end);
        } else {
            throw DomainException.invalid("period", "give a half-year period such as 2027-H1, or startDate and endDate");
        }
        if (!places.villageExists(villageId)) {
            throw DomainException.invalid("villageId", "village " + villageId + " does not exist");
        }
        requireActsFor(callerId, villageId);
        return open(villageId, period, callerId);
    }

    @Transactional
    CensusRoundView round(long roundId, long callerId) {
        CensusRound round = find(roundId);
        requireActsFor(callerId, round.villageId());
        return round.view(today());
    }

    @Transactional
    Page<CensusRoundView> roundsOf(long villageId, long callerId, Pageable pageable) {
        requireActsFor(callerId, villageId);
        LocalDate today = today();
        var page = rounds.findByVillageId(villageId,
                Pageable.from(pageable.getNumber(), pageable.getSize(), Sort.of(Sort.Order.desc("startDate"), Sort.Order.desc("id"))));
        return Page.of(page, round -> round.view(today));
    }

    /**
     * Records a child's assessment in a round. A second record for the same child is refused unless it is an
     * explicit revision, which becomes the current one and keeps the earlier ones.
     */
    @Transactional
    CensusRecordView record(long roundId, long callerId, long childId, Map<String, Integer> wireScores, boolean revision) {
        Map<Indicator, Integer> scores = Score.parse(wireScores);
        if (scores.isEmpty()) {
            throw DomainException.invalid("scores", "must score at least one indicator");
        }
        CensusRound round = rounds.lock(roundId).orElseThrow(() -> DomainException.notFound("Census round " + roundId));
        requireActsFor(callerId, round.villageId());
        requireOpen(round);
        ChildView child = children.read(childId, callerId);
        if (child.villageId() != round.villageId()) {
            throw new DomainException(ErrorCode.CHILD_NOT_IN_VILLAGE, "Child " + childId + " is registered in another village",
                    List.of(new org.xinqiao.common.FieldError("childId", "is not registered in the round's village")), null);
        }
        int latest = records.latestRevision(roundId, childId);
        if (latest > 0 && !revision) {
            throw new DomainException(ErrorCode.CENSUS_RECORD_EXISTS,
                    "Child " + childId + " is already assessed in round " + roundId + "; send revision: true to replace it");
        }
        CensusRecord saved;
        try {
            saved = records.save(new CensusRecord(null, roundId, childId, latest + 1, callerId, clock.instant()));
        } catch (DataAccessException raced) {
            throw new DomainException(ErrorCode.CENSUS_RECORD_EXISTS, "Child " + childId + " was assessed in round " + roundId + " meanwhile");
        }
        scores.forEach((indicator, score) -> records.addScore(saved.id(), indicator.name(), score));
        audit.record(callerId, latest > 0 ? "census.record.revise" : "census.record", "census_record", saved.id().toString(),
                "round=" + roundId + " child=" + childId + " revision=" + saved.revision());
        return view(saved, scores);
    }

    /** Every revision of a child's assessment in a round, the first first. */
    @Transactional
    List<CensusRecordView> recordsOf(long roundId, long childId, long callerId) {
        CensusRound round = find(roundId);
        requireActsFor(callerId, round.villageId());
        return records.findByRoundIdAndChildIdOrderByRevision(roundId, childId).stream()
                .map(r -> view(r, scoresOf(r.id()))).toList();
    }

    @Transactional
    CensusRoundView close(long roundId, long callerId) {
        CensusRound round = rounds.lock(roundId).orElseThrow(() -> DomainException.notFound("Census round " + roundId));
        requireActsFor(callerId, round.villageId());
        if (rounds.close(roundId, callerId, clock.instant()) == 0) {
            throw new DomainException(ErrorCode.CENSUS_ROUND_CLOSED, "Census round " + roundId + " is closed already");
        }
        audit.record(callerId, "census.round.close", "census_round", Long.toString(roundId), null);
        return find(roundId).view(today());
    }

    /**
     * Approves the round one level up: the village's own staff (VILLAGE_STAFF) first, once the round no longer takes
     * records; then civil affairs (CIVIL_AFFAIRS acting for the village) for the township and, as a second person,
     * for the county. The round's results count from the county approval on.
     */
    @Transactional
    CensusRoundView approve(long roundId, long callerId) {
        CensusRound round = rounds.lock(roundId).orElseThrow(() -> DomainException.notFound("Census round " + roundId));
        requireActsFor(callerId, round.villageId());
        if (round.state(today()) == RoundState.OPEN) {
            throw new DomainException(ErrorCode.CENSUS_APPROVAL_CONFLICT,
                    "Census round " + roundId + " still takes records: close it before approving");
        }
        ApprovalLevel level = round.approvedLevel() == null ? ApprovalLevel.VILLAGE : round.approvedLevel().next();
        if (level == null) {
            throw new DomainException(ErrorCode.CENSUS_APPROVAL_CONFLICT, "Census round " + roundId + " is approved for the county already");
        }
        Set<Role> roles = accounts.rolesOf(callerId);
        Role needed = level == ApprovalLevel.VILLAGE ? Role.VILLAGE_STAFF : Role.CIVIL_AFFAIRS;
        if (!roles.contains(needed)) {
            throw new DomainException(ErrorCode.FORBIDDEN, "The " + level + " approval is given by " + needed);
        }
        if (level == ApprovalLevel.COUNTY && approvals.findByRoundIdOrderById(roundId).stream()
                .anyMatch(a -> a.approvalLevel() == ApprovalLevel.TOWNSHIP && a.approvedBy() == callerId)) {
            throw new DomainException(ErrorCode.FORBIDDEN, "The county approval is given by another person than the township approval");
        }
        approvals.save(new CensusApproval(null, roundId, level, callerId, clock.instant()));
        rounds.approve(roundId, level.name());
        audit.record(callerId, "census.round.approve", "census_round", Long.toString(roundId), level.name());
        return find(roundId).view(today());
    }

    @Transactional
    CensusCoverage coverage(long roundId, long callerId) {
        CensusRound round = find(roundId);
        requireActsFor(callerId, round.villageId());
        long assessed = records.countChildren(roundId);
        long registered = children.countInVillage(round.villageId());
        BigDecimal rate = registered == 0 ? null
                : BigDecimal.valueOf(assessed).divide(BigDecimal.valueOf(registered), 4, RoundingMode.HALF_UP);
        return new CensusCoverage(roundId, round.villageId(), assessed, registered, rate);
    }

    /** The child's current assessment (latest round, latest revision), for the needs profile. */
    @Transactional
    Optional<Assessment> currentAssessment(long childId) {
        return records.findCurrentOfChild(childId).map(r -> {
            CensusRound round = find(r.roundId());
            return new Assessment(r.id(), round.id(), round.period(), r.revision(), r.recordedAt(),
                    round.approvedLevel() == ApprovalLevel.COUNTY, scoresOf(r.id()));
        });
    }

    record Assessment(long recordId, long roundId, String period, int revision, Instant recordedAt, boolean counted,
                      Map<Indicator, Integer> scores) {
    }

    private Map<Indicator, Integer> scoresOf(long recordId) {
        Map<Indicator, Integer> scores = new EnumMap<>(Indicator.class);
        records.scores(recordId).forEach(row -> scores.put(Indicator.valueOf(row.indicator()), row.score()));
        return scores;
    }

    private CensusRound find(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> DomainException.notFound("Census round " + roundId));
    }

    private void requireOpen(CensusRound round) {
        RoundState state = round.state(today());
        if (state != RoundState.OPEN) {
            throw new DomainException(ErrorCode.CENSUS_ROUND_CLOSED, "Census round " + round.id() + " is " + state
                    + (state == RoundState.LOCKED ? " since " + round.locksOn().plusDays(1) : "") + " and takes no more records");
        }
    }

    private void requireActsFor(long callerId, long villageId) {
        if (!accounts.actsForVillage(callerId, villageId)) {
            throw new DomainException(ErrorCode.FORBIDDEN, "You do not act for village " + villageId);
        }
    }

    private static CensusRecordView view(CensusRecord record, Map<Indicator, Integer> scores) {
        return new CensusRecordView(record.id(), record.roundId(), record.childId(), record.revision(), scores, record.recordedBy(),
                record.recordedAt());
    }
}
