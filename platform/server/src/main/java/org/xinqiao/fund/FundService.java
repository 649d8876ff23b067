package org.xinqiao.fund;

import org.xinqiao.common.Quarter;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.xinqiao.account.AccountService;
import org.xinqiao.account.Role;
import org.xinqiao.audit.AuditService;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;
import org.xinqiao.fund.FundRepositories.Accounts;
import org.xinqiao.fund.FundRepositories.Entries;
import org.xinqiao.fund.FundRepositories.Partners;
import org.xinqiao.fund.FundRepositories.Plans;
import org.xinqiao.fund.FundRepositories.Ratings;
import org.xinqiao.fund.FundRepositories.Sales;
import org.xinqiao.fund.FundViews.CommitteeView;
import org.xinqiao.fund.FundViews.FundView;
import org.xinqiao.fund.FundViews.PartnerDetails;
import org.xinqiao.fund.FundViews.RatingView;
import org.xinqiao.fund.FundViews.Statement;
import org.xinqiao.plugin.api.SaleLine;
import org.xinqiao.plugin.api.SaleStatus;

/**
 * The public-welfare fund (RULES.md §5): partners and their oversight committees, the intake of their sales
 * from every source, each partner's earmarked account and its accruals, the year-end true-up, the fund's
 * figures and the annual statement.
 *
 * <p>Every write to a partner's account first locks the account's balance row, so deliveries, refunds,
 * true-ups and disbursements of one partner happen one after another; the ledger's unique references
 * and the sales' unique keys keep anything from counting twice even so.
 */
@Singleton
public class FundService {

    /** The sources a sale line may come from; they all count alike. */
    public static final Set<String> SOURCES = Set.of("manual", "file", "sync", "webhook");

    private final Partners partners;
    private final Ratings ratings;
    private final Accounts accounts;
    private final Sales sales;
    private final Entries entries;
    private final Plans plans;
    private final AccountService people;
    private final AuditService audit;
    private final FundRules rules;
    private final AccrualPolicy accrual;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final ZoneId zone;

    FundService(Partners partners, Ratings ratings, Accounts accounts, Sales sales, Entries entries, Plans plans,
                AccountService people, AuditService audit, FundRules rules, TransactionOperations<Connection> transactions,
                Clock clock, @Value("${xinqiao.time-zone}") ZoneId zone) {
        this.partners = partners;
        this.ratings = ratings;
        this.accounts = accounts;
        this.sales = sales;
        this.entries = entries;
        this.plans = plans;
        this.people = people;
        this.audit = audit;
        this.rules = rules;
        this.accrual = new AccrualPolicy(rules);
        this.transactions = transactions;
        this.clock = clock;
        this.zone = zone;
    }

    // ---------------------------------------------------------------- the API other features call

    /**
     * Takes in sale lines of a partner from any source ({@code manual}, {@code file}, {@code sync},
     * {@code webhook}). A line is known by (partner, {@link SaleLine#key()}): a line delivered again, by the same
     * source or another, counts once. An agricultural line that is neither closed nor refunded is counted and
     * accrues provisionally; a refunded line whose sale was counted reverses its accrual exactly; a refund that
     * arrives before its sale is remembered, so that sale is never counted. All lines are taken in one
     * transaction: if one is malformed (an amount finer than the fen) nothing is written.
     *
     * @throws DomainException NOT_FOUND for an unknown partner, VALIDATION_FAILED for a malformed line
     * @throws IllegalArgumentException for a source not in {@link #SOURCES}
     */
    @Transactional
    public IntakeResult intake(long partnerId, String source, List<SaleLine> lines) {
        if (!SOURCES.contains(source)) {
            throw new IllegalArgumentException("unknown sales source " + source + "; one of " + SOURCES);
        }
        Objects.requireNonNull(lines, "lines");
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).amountPaid().stripTrailingZeros().scale() > Fen.SCALE) {
                throw DomainException.invalid("lines[" + i + "].amountPaid", "must be a whole number of fen");
            }
            if (lines.get(i).key().length() > 200) {
                throw DomainException.invalid("lines[" + i + "]", "the order and line ids are longer than 200 characters");
            }
        }
        accounts.lock(partnerId).orElseThrow(() -> DomainException.notFound("Partner " + partnerId));
        Partner partner = partners.findById(partnerId).orElseThrow();
        Instant now = clock.instant();
        int accepted = 0;
        int duplicates = 0;
        int reversed = 0;
        int ignored = 0;
        BigDecimal delta = BigDecimal.ZERO.setScale(Fen.SCALE);
        for (SaleLine line : lines) {
            if (!line.agricultural()) {
                ignored++;
                continue;
            }
            Optional<Sale> known = sales.findByPartnerIdAndLineKey(partnerId, line.key());
            if (known.isEmpty()) {
                if (line.status() == SaleStatus.CLOSED) {
                    ignored++;
                    continue;
                }
                BigDecimal amount = Fen.exactNonNegative("amount paid", line.amountPaid());
                int year = LocalDate.ofInstant(line.paidAt(), zone).getYear();
                if (line.status() == SaleStatus.REFUNDED) {
                    sales.save(new Sale(null, partnerId, line.key(), amount, line.paidAt(), year, Sale.State.REFUNDED, null,
                            source, now, now));
                    ignored++;
                    continue;
                }
                Provisional provisional = accrual.provisional(amount, referenceSales(partner, year),
                        excellentIn(partnerId, year - 1));
                sales.save(new Sale(null, partnerId, line.key(), amount, line.paidAt(), year, Sale.State.COUNTED,
                        provisional.amount(), source, now, now));
                entries.save(new FundEntry(null, partnerId, year, FundEntry.Kind.ACCRUAL, provisional.amount(),
                        "sale:" + line.key(), provisional.rate(), label(provisional.band()), amount, null, null, now));
                delta = delta.add(provisional.amount());
                accepted++;
            } else if (known.get().state() == Sale.State.COUNTED && line.status() == SaleStatus.REFUNDED) {
                Sale sale = known.get();
                BigDecimal back = accrual.reversalOf(sale.accrued());
                sales.update(sale.withState(Sale.State.REVERSED, now));
                entries.save(new FundEntry(null, partnerId, sale.saleYear(), FundEntry.Kind.REVERSAL, back,
                        "refund:" + line.key(), null, null, sale.amount().negate(), null, null, now));
                delta = delta.add(back);
                reversed++;
            } else {
                duplicates++;
            }
        }
        if (delta.signum() != 0) {
            accounts.add(partnerId, delta, now);
        }
        return new IntakeResult(accepted, duplicates, reversed, ignored);
    }

    @Transactional
    public Optional<PartnerView> partner(long partnerId) {
        return partners.findById(partnerId).map(FundService::view);
    }

    /** The partners whose sales arrive through the given platform plugin, oldest first. */
    @Transactional
    public List<PartnerView> partnersUsing(String pluginId) {
        return partners.findByPlatformPluginIdOrderById(pluginId).stream().map(FundService::view).toList();
    }

    /**
     * Closes a year for every partner: one TRUE_UP entry each brings the year's accrual to exactly the annual
     * accrual of its sales (RULES.md §5), negative where the provisional entries came to more. Idempotent: run
     * again it writes nothing, unless sales or refunds of that year arrived since, which it then settles.
     * Each partner is closed in its own transaction.
     *
     * @throws DomainException YEAR_NOT_CLOSED for the current year or a later one
     */
    public void trueUp(int year) {
        requireClosed(year);
        for (long partnerId : partners.findAllIds()) {
            transactions.executeWrite(status -> trueUpPartner(partnerId, year));
        }
    }

    // ---------------------------------------------------------------- inside the fund

    /** The true-up of one partner and year; the amount written, or null when nothing was. */
    BigDecimal trueUpPartner(long partnerId, int year) {
        requireClosed(year);
        accounts.lock(partnerId).orElseThrow(() -> DomainException.notFound("Partner " + partnerId));
        Partner partner = partners.findById(partnerId).orElseThrow();
        BigDecimal annualSales = sales.countedSales(partnerId, year);
        BigDecimal accruedSoFar = entries.accrued(partnerId, year);
        boolean joinedLater = LocalDate.ofInstant(partner.createdAt(), zone).getYear() > year;
        if (joinedLater && annualSales.signum() == 0 && accruedSoFar.signum() == 0) {
            return null;
        }
        boolean excellent = excellentIn(partnerId, year - 1);
        BigDecimal difference = accrual.trueUp(annualSales, excellent, accruedSoFar);
        long done = entries.trueUps(partnerId, year);
        if (done > 0 && difference.signum() == 0) {
            return null;
        }
        Instant now = clock.instant();
        entries.save(new FundEntry(null, partnerId, year, FundEntry.Kind.TRUE_UP, difference,
                "true-up:" + year + ":" + (done + 1), accrual.rateFor(annualSales, excellent),
                label(accrual.bandFor(annualSales)), annualSales, null, null, now));
        accounts.add(partnerId, difference, now);
        return difference;
    }

    @Transactional
    PartnerDetails createPartner(long actorId, String name, String platformPluginId, BigDecimal expectedAnnualSales,
                                 CommitteeView committee) {
        String cleanName = name.strip();
        if (partners.findByName(cleanName).isPresent()) {
            throw new DomainException(ErrorCode.DUPLICATE, "A partner named '" + cleanName + "' exists already");
        }
        Set<Long> members = new LinkedHashSet<>(List.of(committee.civilAffairsAccountId(), committee.platformAccountId(),
                committee.villageCollectiveAccountId(), committee.guardianRepresentativeAccountId()));
        if (members.size() != 4) {
            throw DomainException.invalid("committee", "the four members must be four different accounts");
        }
        requireAccount("committee.civilAffairsAccountId", committee.civilAffairsAccountId());
        requireAccount("committee.platformAccountId", committee.platformAccountId());
        requireAccount("committee.villageCollectiveAccountId", committee.villageCollectiveAccountId());
        requireAccount("committee.guardianRepresentativeAccountId", committee.guardianRepresentativeAccountId());
        if (!people.rolesOf(committee.civilAffairsAccountId()).contains(Role.CIVIL_AFFAIRS)) {
            throw DomainException.invalid("committee.civilAffairsAccountId", "must be a civil-affairs account");
        }
        Instant now = clock.instant();
        Partner partner = partners.save(new Partner(null, cleanName, platformPluginId.strip(), expectedAnnualSales,
                committee.civilAffairsAccountId(), committee.platformAccountId(), committee.villageCollectiveAccountId(),
                committee.guardianRepresentativeAccountId(), actorId, now));
        accounts.save(new FundAccount(partner.id(), BigDecimal.ZERO.setScale(Fen.SCALE), 0, now));
        audit.record(actorId, "fund.partner.create", "fund_partner", partner.id().toString(),
                "plugin=" + partner.platformPluginId() + " committee=" + members);
        return details(partner);
    }

    @Transactional
    PartnerDetails details(long partnerId) {
        return details(partners.findById(partnerId).orElseThrow(() -> DomainException.notFound("Partner " + partnerId)));
    }

    @Transactional
    Page<Partner> list(Pageable pageable) {
        return partners.findAll(pageable);
    }

    /** Sets (or corrects) a partner's rating for a year; an EXCELLENT year lowers the next year's rates. */
    @Transactional
    PartnerDetails rate(long actorId, long partnerId, int year, Rating rating) {
        accounts.lock(partnerId).orElseThrow(() -> DomainException.notFound("Partner " + partnerId));
        if (year < 2000 || year > today().getYear()) {
            throw DomainException.invalid("year", "must be a year that has begun");
        }
        Instant now = clock.instant();
        Optional<PartnerRating> existing = ratings.findByPartnerIdAndRatingYear(partnerId, year);
        if (existing.isPresent()) {
            ratings.update(new PartnerRating(existing.get().id(), partnerId, year, rating, actorId, now));
        } else {
            ratings.save(new PartnerRating(null, partnerId, year, rating, actorId, now));
        }
        audit.record(actorId, "fund.partner.rate", "fund_partner", Long.toString(partnerId), year + "=" + rating);
        return details(partnerId);
    }

    /** Manual sales entry by staff: the intake, audited. */
    @Transactional
    IntakeResult intakeBy(long actorId, long partnerId, String source, List<SaleLine> lines) {
        IntakeResult result = intake(partnerId, source, lines);
        audit.record(actorId, "fund.sales." + source, "fund_partner", Long.toString(partnerId),
                result.toString().toLowerCase(Locale.ROOT));
        return result;
    }

    @Transactional
    FundView fund(long callerId, long partnerId, Integer askedYear) {
        Partner partner = readable(callerId, partnerId);
        int year = askedYear == null ? today().getYear() : askedYear;
        BigDecimal annualSales = sales.countedSales(partnerId, year);
        boolean excellent = excellentIn(partnerId, year - 1);
        Provisional provisional = accrual.provisional(BigDecimal.ZERO, referenceSales(partner, year), excellent);
        Map<SpendingCategory, String> byCategory = new EnumMap<>(SpendingCategory.class);
        BigDecimal disbursed = disbursedByCategory(partnerId, year, byCategory);
        BigDecimal balance = accounts.findById(partnerId).orElseThrow().balance();
        BigDecimal reserved = plans.reserved(partnerId, Quarter.of(today()).toString());
        return new FundView(partnerId, year, rules.mode().name().toLowerCase(Locale.ROOT), Money.text(annualSales),
                label(accrual.bandFor(annualSales)), Money.rate(accrual.rateFor(annualSales, excellent)),
                label(provisional.band()), Money.rate(provisional.rate()), excellent,
                Money.text(entries.accrued(partnerId, year)), Money.text(disbursed), byCategory, Money.text(balance),
                Money.text(reserved), Money.text(balance.subtract(reserved)));
    }

    @Transactional
    Statement statement(long callerId, long partnerId, int year) {
        Partner partner = readable(callerId, partnerId);
        BigDecimal annualSales = sales.countedSales(partnerId, year);
        boolean excellent = excellentIn(partnerId, year - 1);
        AnnualFigures figures = accrual.annualFigures(annualSales, excellent);
        Map<SpendingCategory, String> byCategory = new EnumMap<>(SpendingCategory.class);
        BigDecimal disbursed = disbursedByCategory(partnerId, year, byCategory);
        return new Statement(partnerId, partner.name(), year, rules.mode().name().toLowerCase(Locale.ROOT),
                Money.text(annualSales), label(accrual.bandFor(annualSales)),
                Money.rate(accrual.rateFor(annualSales, excellent)), excellent, Money.text(figures.welfareInput()),
                Money.text(entries.accrued(partnerId, year)), entries.trueUps(partnerId, year) > 0, byCategory,
                Money.text(disbursed), Money.text(entries.balanceAtEndOf(partnerId, year)),
                Money.text(figures.logisticsSubsidy()), Money.text(figures.taxCredit()));
    }

    /** The partner if the caller may see its fund: fund staff, administrators and its committee's members. */
    Partner readable(long callerId, long partnerId) {
        Partner partner = partners.findById(partnerId).orElseThrow(() -> DomainException.notFound("Partner " + partnerId));
        Set<Role> roles = people.rolesOf(callerId);
        if (roles.contains(Role.ADMIN) || roles.contains(Role.CIVIL_AFFAIRS) || roles.contains(Role.FUND_COMMITTEE)
                || partner.committee().hasMember(callerId)) {
            return partner;
        }
        throw new DomainException(ErrorCode.FORBIDDEN, "Only fund staff and the partner's committee see its fund");
    }

    /**
     * What a sale of {@code year} accrues against provisionally: the partner's sales of the previous year when
     * it was with us for that whole year, else the annual sales it declared when it joined.
     */
    private BigDecimal referenceSales(Partner partner, int year) {
        LocalDate joined = LocalDate.ofInstant(partner.createdAt(), zone);
        if (joined.isAfter(LocalDate.of(year - 1, 1, 1))) {
            return partner.expectedAnnualSales();
        }
        return sales.countedSales(partner.id(), year - 1);
    }

    private boolean excellentIn(long partnerId, int year) {
        return ratings.findByPartnerIdAndRatingYear(partnerId, year).map(r -> r.rating() == Rating.EXCELLENT).orElse(false);
    }

    private BigDecimal disbursedByCategory(long partnerId, int year, Map<SpendingCategory, String> byCategory) {
        BigDecimal total = BigDecimal.ZERO.setScale(Fen.SCALE);
        for (SpendingCategory category : SpendingCategory.values()) {
            BigDecimal paid = entries.disbursed(partnerId, year, category.name());
            byCategory.put(category, Money.text(paid));
            total = total.add(paid);
        }
        return total;
    }

    /** A band as RULES.md writes it, e.g. {@code 10000000.00 < S < 50000000.00}. */
    String label(Band band) {
        List<Band> bands = rules.bands();
        int i = bands.indexOf(band);
        String lower = i == 0 ? "" : Money.text(band.lowerBound()) + (band.lowerInclusive() ? " <= " : " < ");
        if (i + 1 == bands.size()) {
            return i == 0 ? "S >= 0.00" : "S " + (band.lowerInclusive() ? ">= " : "> ") + Money.text(band.lowerBound());
        }
        Band next = bands.get(i + 1);
        return lower + "S" + (next.lowerInclusive() ? " < " : " <= ") + Money.text(next.lowerBound());
    }

    private void requireClosed(int year) {
        if (year >= today().getYear()) {
            throw new DomainException(ErrorCode.YEAR_NOT_CLOSED, "The true-up of " + year + " waits until the year is over");
        }
    }

    private void requireAccount(String field, long accountId) {
        try {
            people.view(accountId);
        } catch (DomainException missing) {
            throw DomainException.invalid(field, "account " + accountId + " does not exist");
        }
    }

    private PartnerDetails details(Partner partner) {
        List<RatingView> rated = ratings.findByPartnerIdOrderByRatingYear(partner.id()).stream()
                .map(r -> new RatingView(r.ratingYear(), r.rating())).toList();
        return new PartnerDetails(partner.id(), partner.name(), partner.platformPluginId(),
                Money.text(partner.expectedAnnualSales()),
                new CommitteeView(partner.civilAffairsAccountId(), partner.platformAccountId(),
                        partner.villageCollectiveAccountId(), partner.guardianRepresentativeAccountId()),
                rated, time(partner.createdAt()));
    }

    String time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, zone).toString();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    private static PartnerView view(Partner partner) {
        return new PartnerView(partner.id(), partner.name(), partner.platformPluginId());
    }
}
