package org.xinqiao.points;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.xinqiao.account.AccountService;
import org.xinqiao.account.Role;
import org.xinqiao.audit.AuditService;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;
import org.xinqiao.common.Page;
import org.xinqiao.place.PlaceService;

/**
 * The points feature's API (RULES.md §4): balances and the ledger, claims and their approval, the stars of a year,
 * and the fulfilment of redemptions by other features.
 *
 * <p>Points are earned "after a staff member confirms the activity". A claim is confirmed by station or village
 * staff acting for the claim's village (or an administrator), never by the claimant. A completed appointment is
 * confirmed by its completion when station staff complete it: {@link #creditForCompletedSession} then approves the
 * claim at once; when the provider completes it, the claim waits for staff like any other.
 */
@Singleton
public class PointsService {

    private static final Set<Role> CONFIRMING_STAFF = EnumSet.of(Role.STATION_STAFF, Role.VILLAGE_STAFF);

    private final PointsRepositories.Claims claims;
    private final PointsRepositories.Entries entries;
    private final PointsRepositories.Balances balances;
    private final Ledger ledger;
    private final RedemptionService redemptions;
    private final AccountService accounts;
    private final PlaceService places;
    private final AuditService audit;
    private final EarningPolicy earning;
    private final int starCount;
    private final Clock clock;
    private final ZoneId zone;

    PointsService(PointsRepositories.Claims claims, PointsRepositories.Entries entries, PointsRepositories.Balances balances,
                  Ledger ledger, RedemptionService redemptions, AccountService accounts, PlaceService places, AuditService audit,
                  PointsProperties properties, Clock clock, @Value("${xinqiao.time-zone}") ZoneId zone) {
        this.claims = claims;
        this.entries = entries;
        this.balances = balances;
        this.ledger = ledger;
        this.redemptions = redemptions;
        this.accounts = accounts;
        this.places = places;
        this.audit = audit;
        this.earning = new EarningPolicy(properties.earningRules());
        this.starCount = properties.stars();
        this.clock = clock;
        this.zone = zone;
    }

    @Transactional
    public BalanceView balance(long accountId) {
        return new BalanceView(accountId, balances.read(accountId).orElse(0L));
    }

    /** The account's ledger, newest first. */
    @Transactional
    public Page<EntryView> ledger(long accountId, Pageable pageable) {
        return Page.of(entries.findByAccount(accountId, pageable), e -> EntryView.of(e, zone));
    }

    /** Submits a claim, priced now by the earning rules; it earns nothing until staff approve it. */
    @Transactional
    public ClaimView submitClaim(long claimantId, ClaimRequest request) {
        long points = earning.points(request.activity(), request.hours(), request.units());
        Long villageId = villageOfClaim(claimantId, request.villageId());
        Claim claim = claims.save(new Claim(null, claimantId, request.activity(), request.hours(), request.units(),
                request.evidence().strip(), villageId, null, points, ClaimStatus.SUBMITTED, null, null, null, clock.instant()));
        return ClaimView.of(claim, zone);
    }

    @Transactional
    public Page<ClaimView> claimsOf(long accountId, Pageable pageable) {
        return Page.of(claims.findByAccount(accountId, pageable), c -> ClaimView.of(c, zone));
    }

    /** Claims waiting for the caller: every one for an administrator, else those of the villages the staff act for. */
    @Transactional
    public Page<ClaimView> claimsToDecide(long staffId, ClaimStatus status, Pageable pageable) {
        if (accounts.rolesOf(staffId).contains(Role.ADMIN)) {
            return Page.of(claims.findByStatus(status.name(), pageable), c -> ClaimView.of(c, zone));
        }
        List<Long> villages = accounts.villagesOf(staffId);
        if (villages.isEmpty()) {
            return new Page<>(List.of(), pageable.getNumber(), pageable.getSize(), 0);
        }
        return Page.of(claims.findByStatusInVillages(status.name(), villages, pageable), c -> ClaimView.of(c, zone));
    }

    /** Approves a claim and credits its points, exactly once: approving it again changes nothing. */
    @Transactional
    public ClaimView approve(long claimId, long approverId) {
        Claim claim = claims.lock(claimId).orElseThrow(() -> DomainException.notFound("Claim " + claimId));
        authorizeDecision(claim, approverId);
        return switch (claim.status()) {
            case APPROVED -> ClaimView.of(claim, zone);
            case REJECTED -> throw new DomainException(ErrorCode.CLAIM_ALREADY_DECIDED, "Claim " + claimId + " was rejected");
            case SUBMITTED -> ClaimView.of(credit(claim, approverId), zone);
        };
    }

    /** Rejects a claim: it never earns anything. Rejecting it again changes nothing. */
    @Transactional
    public ClaimView reject(long claimId, long approverId, @Nullable String note) {
        Claim claim = claims.lock(claimId).orElseThrow(() -> DomainException.notFound("Claim " + claimId));
        authorizeDecision(claim, approverId);
        return switch (claim.status()) {
            case REJECTED -> ClaimView.of(claim, zone);
            case APPROVED -> throw new DomainException(ErrorCode.CLAIM_ALREADY_DECIDED, "Claim " + claimId + " was approved");
            case SUBMITTED -> {
                Instant now = clock.instant();
                claims.decide(claimId, ClaimStatus.REJECTED.name(), approverId, now, note);
                audit.record(approverId, "points.claim.reject", "points_claim", Long.toString(claimId), note);
                yield ClaimView.of(claims.findById(claimId).orElseThrow(), zone);
            }
        };
    }

    /**
     * Claims the points of a completed appointment for its provider, exactly once per appointment (the claim's
     * source is {@code appointment:<id>}; a second call answers the first claim's id). The session earns the
     * tutoring rate of RULES.md §4 for its hours (rounded to two decimals, HALF_UP). With an {@code approverId}
     * (the station staff who completed it) the claim is approved and credited at once; without one it waits for
     * staff of the provider's village. Call it inside the completion's transaction.
     *
     * @return the claim's id
     */
    @Transactional
    public long creditForCompletedSession(long providerAccountId, long appointmentId, BigDecimal hours, @Nullable Long approverId) {
        String source = "appointment:" + appointmentId;
        var existing = claims.findBySource(source);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        BigDecimal stored = EarningPolicy.hoursOf(hours);
        long points = earning.points(Activity.TUTORING, stored, null);
        List<Long> villages = accounts.villagesOf(providerAccountId);
        Claim claim = claims.save(new Claim(null, providerAccountId, Activity.TUTORING, stored, null,
                "Completed appointment " + appointmentId, villages.size() == 1 ? villages.get(0) : null, source, points,
                ClaimStatus.SUBMITTED, null, null, null, clock.instant()));
        if (approverId != null) {
            credit(claims.lock(claim.id()).orElseThrow(), approverId);
        }
        return claim.id();
    }

    /**
     * The points stars of a calendar year (in the configured zone): the top accounts by points earned that year
     * (approved claims and corrections; never redemptions or their returns), ties won by who reached the total first.
     */
    @Transactional
    public List<StarView> stars(int year) {
        if (year < 2000 || year > 9999) {
            throw DomainException.invalid("year", "must be a year from 2000 to 9999");
        }
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
        List<StarRanking.Earning> earnings = entries.findEarnings(from, to).stream()
                .map(e -> new StarRanking.Earning(e.accountId(), e.points(), e.createdAt(), e.id()))
                .toList();
        return StarRanking.rank(earnings, starCount).stream()
                .map(s -> new StarView(s.rank(), s.accountId(), accounts.view(s.accountId()).displayName(), s.points(),
                        s.reachedAt().atZone(zone).toOffsetDateTime()))
                .toList();
    }

    /** An administrator's correction: a new entry, positive or negative, never an edit. {@code reference} makes it once. */
    @Transactional
    public EntryView correct(long adminId, long accountId, long points, String reason, String reference) {
        if (points == 0) {
            throw DomainException.invalid("points", "must not be 0");
        }
        accounts.view(accountId);
        PointsEntry entry = ledger.post(accountId, points, EntryKind.CORRECTED, null, "correction:" + reference, reason, adminId);
        audit.record(adminId, "points.correct", "account", Long.toString(accountId), points + " " + reason);
        return EntryView.of(entry, zone);
    }

    /** The partner's plugin issued the voucher of a PENDING_VOUCHER redemption: it is fulfilled. */
    public RedemptionView completeVoucher(long redemptionId, String platformVoucherId) {
        return redemptions.fulfil(redemptionId, RedemptionStatus.PENDING_VOUCHER, "voucher:" + platformVoucherId, null);
    }

    /** The partner's plugin could not issue the voucher: the redemption fails and its points and stock return. */
    public RedemptionView failVoucher(long redemptionId, String reason) {
        return redemptions.fail(redemptionId, RedemptionStatus.PENDING_VOUCHER, reason);
    }

    /**
     * A waiting redemption was fulfilled by another feature: a COUNSELLING one became an appointment
     * ({@code appointment:<id>}), a TRAINING_SEAT one a seat ({@code event:<id>}).
     */
    public RedemptionView fulfil(long redemptionId, String reference) {
        return redemptions.fulfil(redemptionId, null, reference, null);
    }

    /** Another feature could not fulfil a waiting redemption: it fails and its points and stock return. */
    public RedemptionView failFulfilment(long redemptionId, String reason) {
        return redemptions.fail(redemptionId, null, reason);
    }

    private Claim credit(Claim claim, long approverId) {
        Instant now = clock.instant();
        claims.decide(claim.id(), ClaimStatus.APPROVED.name(), approverId, now, null);
        ledger.post(claim.accountId(), claim.points(), EntryKind.EARNED, claim.activity(), "claim:" + claim.id(), null, approverId);
        audit.record(approverId, "points.claim.approve", "points_claim", claim.id().toString(), claim.points() + " points");
        return claims.findById(claim.id()).orElseThrow();
    }

    private void authorizeDecision(Claim claim, long staffId) {
        if (claim.accountId() == staffId) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Nobody confirms their own claim");
        }
        Set<Role> roles = accounts.rolesOf(staffId);
        if (roles.contains(Role.ADMIN)) {
            return;
        }
        boolean confirms = claim.villageId() != null && roles.stream().anyMatch(CONFIRMING_STAFF::contains)
                && accounts.villagesOf(staffId).contains(claim.villageId());
        if (!confirms) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only station or village staff of the claim's village confirm it");
        }
    }

    private Long villageOfClaim(long claimantId, @Nullable Long requested) {
        List<Long> linked = accounts.villagesOf(claimantId);
        if (requested == null) {
            if (linked.size() != 1) {
                throw DomainException.invalid("villageId", "is required: say which village's staff confirm the activity");
            }
            return linked.get(0);
        }
        if (!places.villageExists(requested)) {
            throw DomainException.invalid("villageId", "village " + requested + " does not exist");
        }
        if (!linked.isEmpty() && !linked.contains(requested)) {
            throw DomainException.invalid("villageId", "you do not serve village " + requested);
        }
        return requested;
    }
}
