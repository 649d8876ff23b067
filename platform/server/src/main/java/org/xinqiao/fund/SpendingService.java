package org.xinqiao.fund;

import org.xinqiao.common.Quarter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.xinqiao.account.AccountService;
import org.xinqiao.account.Role;
import org.xinqiao.audit.AuditService;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;
import org.xinqiao.fund.FundRepositories.Accounts;
import org.xinqiao.fund.FundRepositories.Entries;
import org.xinqiao.fund.FundRepositories.Partners;
import org.xinqiao.fund.FundRepositories.Payments;
import org.xinqiao.fund.FundRepositories.Plans;
import org.xinqiao.fund.FundRepositories.Votes;
import org.xinqiao.fund.FundViews.DisbursementView;
import org.xinqiao.fund.FundViews.PlanView;
import org.xinqiao.fund.FundViews.VoteView;

/**
 * Spending plans, the committee's votes and the disbursements against approved plans (RULES.md §5, Spending).
 * An approved plan reserves its amount from the partner's balance; a payment never exceeds the plan's
 * remainder nor the balance. Votes and payments lock the account's balance row, then the plan's row.
 */
@Singleton
class SpendingService {

    private final Partners partners;
    private final Accounts accounts;
    private final Plans plans;
    private final Votes votes;
    private final Payments payments;
    private final Entries entries;
    private final FundService fund;
    private final AccountService people;
    private final AuditService audit;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final SpendingPolicy policy = new SpendingPolicy();

    SpendingService(Partners partners, Accounts accounts, Plans plans, Votes votes, Payments payments, Entries entries,
                    FundService fund, AccountService people, AuditService audit,
                    TransactionOperations<Connection> transactions, Clock clock) {
        this.partners = partners;
        this.accounts = accounts;
        this.plans = plans;
        this.votes = votes;
        this.payments = payments;
        this.entries = entries;
        this.fund = fund;
        this.people = people;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A committee member (other than the civil-affairs one) or an administrator drafts a plan. */
    @Transactional
    PlanView draft(long drafter, long partnerId, String quarterText, String categoryText, String amountText, String purpose) {
        Partner partner = partners.findById(partnerId)
                .orElseThrow(() -> DomainException.invalid("partnerId", "partner " + partnerId + " does not exist"));
        SpendingCategory category = SpendingCategory.parse(categoryText);
        Quarter quarter;
        try {
            quarter = Quarter.parse(quarterText);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("quarter", "must be a quarter like 2027-Q1");
        }
        BigDecimal amount = Money.positive("amount", amountText);
        Committee committee = partner.committee();
        if (!committee.hasMember(drafter) && !people.rolesOf(drafter).contains(Role.ADMIN)) {
            throw new FundRuleViolation(Violation.NOT_A_COMMITTEE_MEMBER,
                    "only the partner's committee members and administrators draft its plans");
        }
        policy.checkDraft(committee, drafter, quarter, fund.today());
        Instant now = clock.instant();
        Plan plan = plans.save(new Plan(null, partnerId, quarter.toString(), category, amount,
                BigDecimal.ZERO.setScale(Fen.SCALE), purpose.strip(), Plan.Status.PENDING, drafter, now, null));
        audit.record(drafter, "fund.plan.draft", "fund_plan", plan.id().toString(),
                quarter + " " + category + " " + Money.text(amount));
        return view(plan, partner);
    }

    @Transactional
    PlanView read(long callerId, long planId) {
        Plan plan = plans.findById(planId).orElseThrow(() -> DomainException.notFound("Plan " + planId));
        return view(plan, fund.readable(callerId, plan.partnerId()));
    }

    /**
     * Records a member's vote. The vote that completes the majority with the civil-affairs member approves the
     * plan and reserves its amount, which must fit in what the balance has not reserved yet; otherwise that vote
     * is refused (409 INSUFFICIENT_FUND_BALANCE) and may be cast again once the account holds enough.
     */
    PlanView vote(long voter, long planId, boolean approve, @Nullable String comment) {
        long partnerId = plans.findById(planId).orElseThrow(() -> DomainException.notFound("Plan " + planId)).partnerId();
        return transactions.executeWrite(status -> {
            FundAccount account = accounts.lock(partnerId).orElseThrow();
            Plan plan = plans.lock(planId).orElseThrow();
            Partner partner = partners.findById(partnerId).orElseThrow();
            Committee committee = partner.committee();
            policy.checkVote(committee, plan.draftedBy(), voter);
            Quarter current = Quarter.of(fund.today());
            if (plan.status() != Plan.Status.PENDING) {
                throw new DomainException(ErrorCode.PLAN_NOT_OPEN, "The plan is " + plan.status() + " already");
            }
            if (plan.validFor().compareTo(current) < 0) {
                throw new FundRuleViolation(Violation.PLAN_OUT_OF_QUARTER, "quarter " + plan.quarter() + " is over");
            }
            List<PlanVote> cast = votes.findByPlanIdOrderById(planId);
            if (cast.stream().anyMatch(v -> v.voterId() == voter)) {
                throw new DomainException(ErrorCode.DUPLICATE, "This member has voted on the plan already");
            }
            Instant now = clock.instant();
            votes.save(new PlanVote(null, planId, voter, approve, comment == null ? null : comment.strip(), now));
            List<PlanVote> all = votes.findByPlanIdOrderById(planId);
            Approval approval = policy.approval(committee, plan.draftedBy(), approvers(all));
            Plan decided = plan;
            if (approval.approved()) {
                BigDecimal available = account.balance().subtract(plans.reserved(partnerId, current.toString()));
                if (plan.amount().compareTo(available) > 0) {
                    throw new FundRuleViolation(Violation.INSUFFICIENT_FUND_BALANCE, "approving " + Money.text(plan.amount())
                            + " needs that much unreserved in the account, which has " + Money.text(available));
                }
                decided = plans.update(plan.decided(Plan.Status.APPROVED, now));
            } else if (cannotPass(committee, plan.draftedBy(), all, approval)) {
                decided = plans.update(plan.decided(Plan.Status.REJECTED, now));
            }
            audit.record(voter, "fund.plan.vote", "fund_plan", Long.toString(planId),
                    (approve ? "approve" : "reject") + " -> " + decided.status());
            return view(decided, partner);
        });
    }

    /**
     * Pays against an approved plan of the current quarter; never more than the plan has left nor the balance.
     * The guarded balance update is the last word: however many payments race, the balance stays at or above 0.
     */
    DisbursementView disburse(long actorId, long planId, String amountText, String payee, String purpose,
                              @Nullable List<Long> childIds, @Nullable String programme) {
        BigDecimal amount = Money.positive("amount", amountText);
        boolean noChildren = childIds == null || childIds.isEmpty();
        if (noChildren && (programme == null || programme.isBlank())) {
            throw DomainException.invalid("childIds", "name the children served, or the programme");
        }
        long partnerId = plans.findById(planId).orElseThrow(() -> DomainException.notFound("Plan " + planId)).partnerId();
        return transactions.executeWrite(status -> {
            FundAccount account = accounts.lock(partnerId).orElseThrow();
            Plan plan = plans.lock(planId).orElseThrow();
            LocalDate today = fund.today();
            Disbursement allowed = policy.disbursement(
                    new PlanStanding(plan.validFor(), plan.status() == Plan.Status.APPROVED, plan.remaining()),
                    amount, account.balance(), today);
            Instant now = clock.instant();
            Payment payment = payments.save(new Payment(null, planId, partnerId, amount, payee.strip(), purpose.strip(),
                    noChildren ? null : childIds.stream().map(String::valueOf).collect(Collectors.joining(",")),
                    programme == null || programme.isBlank() ? null : programme.strip(), actorId, now));
            entries.save(new FundEntry(null, partnerId, today.getYear(), FundEntry.Kind.DISBURSEMENT, amount.negate(),
                    "disbursement:" + payment.id(), null, null, null, plan.category(), planId, now));
            plans.update(plan.paid(amount));
            if (accounts.withdraw(partnerId, amount, now) != 1) {
                throw new FundRuleViolation(Violation.INSUFFICIENT_FUND_BALANCE, "the account's balance does not cover "
                        + Money.text(amount));
            }
            audit.record(actorId, "fund.disburse", "fund_plan", Long.toString(planId),
                    Money.text(amount) + " to " + payment.payee());
            return new DisbursementView(payment.id(), planId, partnerId, plan.category(), Money.text(amount), payment.payee(),
                    payment.purpose(), noChildren ? List.of() : List.copyOf(childIds), payment.programme(),
                    Money.text(allowed.planRemainingAfter()), Money.text(allowed.balanceAfter()), actorId, fund.time(now));
        });
    }

    private static Set<Long> approvers(List<PlanVote> all) {
        return all.stream().filter(PlanVote::approve).map(PlanVote::voterId).collect(Collectors.toSet());
    }

    /** Lost for good: civil affairs said no, or too few members are left to make the majority. */
    private static boolean cannotPass(Committee committee, long drafter, List<PlanVote> all, Approval approval) {
        boolean civilAffairsAgainst = all.stream()
                .anyMatch(v -> v.voterId() == committee.civilAffairsMember() && !v.approve());
        long eligible = committee.members().stream().filter(m -> m != drafter).count();
        long notYetVoted = eligible - all.size();
        return civilAffairsAgainst || approval.approvals() + notYetVoted < approval.needed();
    }

    private PlanView view(Plan plan, Partner partner) {
        List<PlanVote> cast = votes.findByPlanIdOrderById(plan.id());
        Approval approval = policy.approval(partner.committee(), plan.draftedBy(), approvers(cast));
        return new PlanView(plan.id(), plan.partnerId(), plan.quarter(), plan.category(), Money.text(plan.amount()),
                Money.text(plan.disbursed()), Money.text(plan.remaining()), plan.purpose(), plan.status(), plan.draftedBy(),
                approval.approvals(), approval.needed(), approval.civilAffairsApproved(),
                cast.stream().map(v -> new VoteView(v.voterId(), v.approve(), v.comment(), fund.time(v.votedAt()))).toList(),
                fund.time(plan.createdAt()), plan.decidedAt() == null ? null : fund.time(plan.decidedAt()));
    }
}
