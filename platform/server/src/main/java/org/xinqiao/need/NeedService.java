package org.xinqiao.need;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.xinqiao.account.AccountService;
import org.xinqiao.account.Role;
import org.xinqiao.audit.AuditService;
import org.xinqiao.child.ChildService;
import org.xinqiao.child.ChildView;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;
import org.xinqiao.common.Page;

/**
 * The needs database's face to the rest of the system (RULES.md §2, §3): needs declared for children and their
 * status through the closed service loop, census rounds, children's needs profiles and a village's three
 * ledgers. Matching, appointments and feedback move a need on with {@link #advance}; the census schedule opens
 * rounds with {@link #openRound}. Methods without a caller do no access check: they are for other features.
 */
@Singleton
public class NeedService {

    private final NeedRepositories.Needs needs;
    private final NeedRepositories.StatusChanges changes;
    private final CensusService census;
    private final CensusCalendar calendar;
    private final NeedsProfilePolicy profiles;
    private final ChildService children;
    private final AccountService accounts;
    private final AuditService audit;
    private final Clock clock;
    private final ZoneId zone;

    NeedService(NeedRepositories.Needs needs, NeedRepositories.StatusChanges changes, CensusService census, CensusCalendar calendar,
                NeedsRules rules, ChildService children, AccountService accounts, AuditService audit, Clock clock,
                @Value("${xinqiao.time-zone}") ZoneId zone) {
        this.needs = needs;
        this.changes = changes;
        this.census = census;
        this.calendar = calendar;
        this.profiles = new NeedsProfilePolicy(rules);
        this.children = children;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * @throws DomainException NOT_FOUND when there is no such need
     */
    @Transactional
    public NeedView find(long needId) {
        return load(needId).view();
    }

    /**
     * Moves a need to {@code to} if the loop allows it from its current status ({@link NeedStatus#canMoveTo}), and
     * records who did it, when and why. Concurrent moves of one need cannot both succeed.
     *
     * @throws DomainException NOT_FOUND for an unknown need; NEED_STATUS_CONFLICT (409) for a move the loop does not
     *                         allow, or when the need changed meanwhile
     */
    @Transactional
    public void advance(long needId, NeedStatus to, long actorId, @Nullable String note) {
        move(load(needId), to, actorId, note);
    }

    /**
     * Opens the census round of a village for a half-year ({@code 2027-H1}), or returns the one already open for it,
     * so the scheduled job may call it again safely on any node. {@code actorId} is null for the scheduler.
     *
     * @throws DomainException VALIDATION_FAILED for an unknown village or a period not of the form yyyy-H1/yyyy-H2
     */
    public CensusRoundView openRound(long villageId, String period, @Nullable Long actorId) {
        return census.open(villageId, calendar.halfYear(period), actorId).round();
    }

    /** The half-year a day belongs to, as {@link #openRound} names periods (1 March 2027 → {@code 2027-H1}). */
    public String periodOn(LocalDate day) {
        return census.periodOn(day);
    }

    /** The needs of a village still waiting for a provider, most urgent first, then oldest first. */
    @Transactional
    public List<NeedView> submittedIn(long villageId) {
        return needs.findWaiting(villageId, NeedStatus.SUBMITTED.name()).stream().map(Need::view).toList();
    }

    /** The village's needs declared in [from, to), whatever their status now (a station's KPI counts them). */
    @Transactional
    public List<NeedView> declaredBetween(long villageId, Instant from, Instant to) {
        return needs.declaredBetween(villageId, from, to).stream().map(Need::view).toList();
    }

    /**
     * The three ledgers of a village for a civil month (Asia/Shanghai): needs declared in it, needs served in it
     * (moved to SERVED) and needs whose feedback was given in it (moved to FEEDBACK_GIVEN).
     */
    @Transactional
    public Ledgers ledgers(long villageId, YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        List<NeedView> declared = declaredBetween(villageId, from, to);
        return new Ledgers(villageId, month.toString(), declared,
                changes.reachedBetween(villageId, NeedStatus.SERVED.name(), from, to).stream().map(NeedStatusChange::view).toList(),
                changes.reachedBetween(villageId, NeedStatus.FEEDBACK_GIVEN.name(), from, to).stream().map(NeedStatusChange::view).toList());
    }

    // ---- on behalf of a caller (the HTTP API) ----

    /** A need declared by a guardian of the child, or by staff of the child's village on the child's behalf. */
    @Transactional
    NeedView declare(long callerId, long childId, ServiceType serviceType, String description, int urgency) {
        ChildView child = children.read(childId, callerId);
        String declaredAs = accounts.actsForVillage(callerId, child.villageId()) ? "STAFF" : "GUARDIAN";
        Instant now = clock.instant();
        Need need = needs.save(new Need(null, childId, child.villageId(), serviceType, description.strip(), urgency,
                NeedStatus.SUBMITTED, callerId, declaredAs, now, now));
        changes.save(new NeedStatusChange(null, need.id(), null, NeedStatus.SUBMITTED, callerId, "declared by " + declaredAs.toLowerCase(), now));
        audit.record(callerId, "need.declare", "need", need.id().toString(), "child=" + childId + " " + serviceType);
        return need.view();
    }

    @Transactional
    NeedView read(long needId, long callerId) {
        return visible(needId, callerId).view();
    }

    @Transactional
    List<NeedStatusChangeView> history(long needId, long callerId) {
        visible(needId, callerId);
        return changes.findByNeedIdOrderById(needId).stream().map(NeedStatusChange::view).toList();
    }

    /** Withdrawn by whoever may see it: the declarer, a guardian of the child or staff of its village. */
    @Transactional
    NeedView withdraw(long needId, long callerId, @Nullable String note) {
        Need need = visible(needId, callerId);
        move(need, NeedStatus.WITHDRAWN, callerId, note);
        return load(needId).view();
    }

    /**
     * Needs of one village for its staff, or, without a village, every need the caller may see: declared by them,
     * for their children, or in the villages they act for.
     */
    @Transactional
    Page<NeedView> list(long callerId, @Nullable NeedStatus status, @Nullable Long villageId, Pageable pageable) {
        String statusFilter = status == null ? "" : status.name();
        Pageable byNewest = Pageable.from(pageable.getNumber(), pageable.getSize(), Sort.unsorted());
        if (villageId != null) {
            requireActsFor(callerId, villageId);
            return Page.of(needs.findInVillage(villageId, statusFilter, byNewest), Need::view);
        }
        List<Long> childIds = withSentinel(guardianChildIds(callerId));
        List<Long> villageIds = withSentinel(staffVillages(callerId));
        return Page.of(needs.findVisible(callerId, childIds, villageIds, statusFilter, byNewest), Need::view);
    }

    /** The profile on {@code date} (today in Asia/Shanghai when null), from the child's current assessment. */
    @Transactional
    ChildNeedsProfile profile(long childId, long callerId, @Nullable LocalDate date) {
        ChildView child = children.read(childId, callerId);
        LocalDate on = date == null ? LocalDate.ofInstant(clock.instant(), zone) : date;
        if (on.isBefore(child.birthDate())) {
            throw DomainException.invalid("date", "must not be before the child's birth date " + child.birthDate());
        }
        var assessment = census.currentAssessment(childId);
        NeedsProfile profile = profiles.profile(child.birthDate(), on, assessment.map(CensusService.Assessment::scores).orElse(Map.of()));
        return ChildNeedsProfile.of(childId, on, profile, assessment.map(a -> new ChildNeedsProfile.Basis(a.recordId(), a.roundId(),
                a.period(), a.revision(), a.recordedAt(), a.counted())).orElse(null));
    }

    @Transactional
    Ledgers ledgersFor(long villageId, YearMonth month, long callerId) {
        if (!accounts.rolesOf(callerId).contains(Role.ADMIN)) {
            requireActsFor(callerId, villageId);
        }
        return ledgers(villageId, month);
    }

    private void move(Need need, NeedStatus to, @Nullable Long actorId, @Nullable String note) {
        if (!need.status().canMoveTo(to)) {
            throw new DomainException(ErrorCode.NEED_STATUS_CONFLICT,
                    "Need " + need.id() + " is " + need.status() + " and cannot move to " + to + "; allowed: " + need.status().next());
        }
        Instant now = clock.instant();
        if (needs.move(need.id(), need.status().name(), to.name(), now) == 0) {
            throw new DomainException(ErrorCode.NEED_STATUS_CONFLICT, "Need " + need.id() + " changed meanwhile; read it again");
        }
        String trimmed = note == null || note.isBlank() ? null : note.strip();
        changes.save(new NeedStatusChange(null, need.id(), need.status(), to, actorId,
                trimmed == null || trimmed.length() <= 500 ? trimmed : trimmed.substring(0, 500), now));
        audit.record(actorId, "need.status", "need", need.id().toString(), need.status() + "->" + to);
    }

    private Need load(long needId) {
        return needs.findById(needId).orElseThrow(() -> DomainException.notFound("Need " + needId));
    }

    // Without an exception for "not yours", so a caller's transaction is never marked for rollback by the check.
    private Need visible(long needId, long callerId) {
        Need need = load(needId);
        if (need.declaredBy() == callerId || accounts.actsForVillage(callerId, need.villageId())
                || guardianChildIds(callerId).contains(need.childId())) {
            return need;
        }
        throw DomainException.notFound("Need " + needId);
    }

    private List<Long> guardianChildIds(long callerId) {
        List<Long> ids = new ArrayList<>();
        int page = 0;
        Page<ChildView> mine;
        do {
            mine = children.ofGuardian(callerId, Pageable.from(page++, 100));
            mine.items().forEach(child -> ids.add(child.id()));
        } while ((long) page * 100 < mine.total());
        return ids;
    }

    private List<Long> staffVillages(long callerId) {
        boolean staff = accounts.rolesOf(callerId).stream().anyMatch(Role.VILLAGE_SCOPED_STAFF::contains);
        return staff ? accounts.villagesOf(callerId) : List.of();
    }

    private void requireActsFor(long callerId, long villageId) {
        if (!accounts.actsForVillage(callerId, villageId)) {
            throw new DomainException(ErrorCode.FORBIDDEN, "You do not act for village " + villageId);
        }
    }

    // SQL has no empty IN (); no row has id -1.
    private static List<Long> withSentinel(List<Long> ids) {
        List<Long> list = new ArrayList<>(ids);
        list.add(-1L);
        return list;
    }
}
