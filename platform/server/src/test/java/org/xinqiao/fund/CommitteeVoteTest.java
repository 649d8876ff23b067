package org.xinqiao.fund;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Approved when a strict majority of the committee's members approve and the civil-affairs member is
 * among them; only members vote; the drafter never does.
 */
class CommitteeVoteTest {

    private static final long CIVIL_AFFAIRS = 1;
    private static final long PLATFORM = 2;
    private static final long VILLAGE_COLLECTIVE = 3;
    private static final long GUARDIAN_REPRESENTATIVE = 4;
    private static final long PARTNER_STAFF = 9;

    private final Committee committee = new Committee(
            Set.of(CIVIL_AFFAIRS, PLATFORM, VILLAGE_COLLECTIVE, GUARDIAN_REPRESENTATIVE), CIVIL_AFFAIRS);
    private final SpendingPolicy policy = new SpendingPolicy();

    @ParameterizedTest(name = "approvals {0} of four members: approved {1}")
    @CsvSource({
            // four members: a strict majority is 3 (4 / 2 + 1)
            "1 2 3,   true",
            "1 2 3 4, true",
            "1 3 4,   true",
            "2 3 4,   false", // a majority, but without civil affairs
            "1 2,     false", // a tie is not a majority, civil affairs or not
            "3 4,     false",
            "1,       false",
            "'',      false",
    })
    void aPlanDraftedByPartnerStaffIsApprovedByAMajorityThatIncludesCivilAffairs(String approvers, boolean approved) {
        Approval approval = policy.approval(committee, PARTNER_STAFF, ids(approvers));

        assertEquals(approved, approval.approved());
        assertEquals(3, approval.needed());
    }

    @Test
    void theApprovalSaysWhatIsStillMissing() {
        Approval approval = policy.approval(committee, PARTNER_STAFF, ids("2 3 4"));

        assertEquals(new Approval(false, 3, 3, false), approval);
    }

    @Test
    void inACommitteeOfFiveThreeApprovalsWithCivilAffairsAreAMajority() {
        Committee five = new Committee(Set.of(1L, 2L, 3L, 4L, 5L), CIVIL_AFFAIRS);

        Approval three = policy.approval(five, PARTNER_STAFF, ids("1 4 5"));
        Approval two = policy.approval(five, PARTNER_STAFF, ids("1 4"));

        // five members: a strict majority is 3 (5 / 2 + 1)
        assertEquals(new Approval(true, 3, 3, true), three);
        assertEquals(new Approval(false, 2, 3, true), two);
    }

    @Test
    void aDrafterWhoIsAMemberStillCountsInTheCommitteeSoTheOtherThreeMustAllApprove() {
        long drafter = PLATFORM;

        Approval allOthers = policy.approval(committee, drafter, ids("1 3 4"));
        Approval twoOthers = policy.approval(committee, drafter, ids("1 3"));

        assertTrue(allOthers.approved());
        assertFalse(twoOthers.approved());
    }

    @Test
    void theDrafterCannotVoteOnTheirOwnPlan() {
        FundRuleViolation refusal = assertThrows(FundRuleViolation.class,
                () -> policy.checkVote(committee, PLATFORM, PLATFORM));

        assertEquals(Violation.DRAFTER_CANNOT_VOTE, refusal.violation());
    }

    @Test
    void theDraftersApprovalIsNeverCounted() {
        FundRuleViolation refusal = assertThrows(FundRuleViolation.class,
                () -> policy.approval(committee, PLATFORM, ids("1 2 3")));

        assertEquals(Violation.DRAFTER_CANNOT_VOTE, refusal.violation());
    }

    @Test
    void someoneOutsideTheCommitteeCannotVote() {
        FundRuleViolation refusal = assertThrows(FundRuleViolation.class,
                () -> policy.checkVote(committee, PARTNER_STAFF, 42L));

        assertEquals(Violation.NOT_A_COMMITTEE_MEMBER, refusal.violation());
    }

    @Test
    void anOutsidersApprovalIsNeverCounted() {
        FundRuleViolation refusal = assertThrows(FundRuleViolation.class,
                () -> policy.approval(committee, PARTNER_STAFF, ids("1 2 42")));

        assertEquals(Violation.NOT_A_COMMITTEE_MEMBER, refusal.violation());
    }

    @Test
    void aMemberWhoDidNotDraftThePlanMayVote() {
        assertDoesNotThrow(() -> policy.checkVote(committee, PARTNER_STAFF, GUARDIAN_REPRESENTATIVE));
    }

    @Test
    void aCommitteeWithoutItsCivilAffairsMemberAmongItsMembersIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Committee(Set.of(2L, 3L, 4L), CIVIL_AFFAIRS));
    }

    private static Set<Long> ids(String spaced) {
        return Arrays.stream(spaced.trim().split(" +"))
                .filter(s -> !s.isEmpty())
                .map(Long::valueOf)
                .collect(Collectors.toSet());
    }
}
