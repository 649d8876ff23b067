package org.xinqiao.fund;

import org.xinqiao.common.Quarter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * Decides who may draft and vote on a spending plan, whether a plan is approved, and whether a
 * disbursement against it may be paid (RULES.md §5, Spending). Rejections are
 * {@link FundRuleViolation}s; malformed input (a negative amount) is the caller's bug.
 */
final class SpendingPolicy {

    /**
     * A plan is for the current quarter or a later one. Its drafter must not be the civil-affairs
     * member: the drafter cannot vote and the civil-affairs approval is required, so such a plan
     * could never pass; refusing it now beats leaving it pending for a quarter.
     */
    void checkDraft(Committee committee, long drafter, Quarter quarter, LocalDate today) {
        if (drafter == committee.civilAffairsMember()) {
            throw new FundRuleViolation(Violation.CIVIL_AFFAIRS_MEMBER_CANNOT_DRAFT,
                    "a plan drafted by the civil-affairs member could never be approved");
        }
        if (quarter.compareTo(Quarter.of(today)) < 0) {
            throw new FundRuleViolation(Violation.PLAN_OUT_OF_QUARTER,
                    "quarter " + quarter + " is over; a plan is valid only for its quarter");
        }
    }

    /** Only committee members vote, and never on a plan they drafted. */
    void checkVote(Committee committee, long drafter, long voter) {
        if (!committee.hasMember(voter)) {
            throw new FundRuleViolation(Violation.NOT_A_COMMITTEE_MEMBER,
                    "account " + voter + " is not on the partner's oversight committee");
        }
        if (voter == drafter) {
            throw new FundRuleViolation(Violation.DRAFTER_CANNOT_VOTE, "the drafter of a plan cannot vote on it");
        }
    }

    /**
     * Approved when a strict majority of all the committee's members approve and the civil-affairs
     * member is one of them. Every approver must have been a valid voter.
     */
    Approval approval(Committee committee, long drafter, Set<Long> approvers) {
        approvers.forEach(voter -> checkVote(committee, drafter, voter));
        boolean civilAffairs = approvers.contains(committee.civilAffairsMember());
        int needed = committee.majority();
        return new Approval(civilAffairs && approvers.size() >= needed, approvers.size(), needed, civilAffairs);
    }

    /**
     * A disbursement is paid only against an approved plan, within the plan's quarter, and never
     * for more than the plan has left nor the partner's account holds.
     */
    Disbursement disbursement(PlanStanding plan, BigDecimal amount, BigDecimal accountBalance, LocalDate today) {
        BigDecimal paid = Fen.exact("disbursement amount", amount);
        if (paid.signum() <= 0) {
            throw new IllegalArgumentException("a disbursement must be positive: " + amount);
        }
        BigDecimal remaining = Fen.exact("plan remainder", plan.remaining());
        BigDecimal balance = Fen.exact("account balance", accountBalance);
        if (!plan.approved()) {
            throw new FundRuleViolation(Violation.PLAN_NOT_APPROVED, "the spending plan is not approved");
        }
        if (!plan.quarter().contains(today)) {
            throw new FundRuleViolation(Violation.PLAN_OUT_OF_QUARTER,
                    "the plan is valid for " + plan.quarter() + ", not on " + today);
        }
        if (paid.compareTo(remaining) > 0) {
            throw new FundRuleViolation(Violation.EXCEEDS_PLAN_REMAINDER,
                    paid + " exceeds the " + remaining + " the plan has left");
        }
        if (paid.compareTo(balance) > 0) {
            throw new FundRuleViolation(Violation.INSUFFICIENT_FUND_BALANCE,
                    paid + " exceeds the account balance of " + balance);
        }
        return new Disbursement(paid, remaining.subtract(paid), balance.subtract(paid));
    }
}
