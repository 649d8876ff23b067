package org.xinqiao.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xinqiao.need.ServiceType;

class MatchingPolicyTest {

    private static final long VILLAGE = 7;
    private final MatchingPolicy policy = new MatchingPolicy();

    private static MatchingPolicy.NeedToMatch need(long id, int urgency, ServiceType type) {
        return new MatchingPolicy.NeedToMatch(id, VILLAGE, type, urgency, Instant.parse("2026-03-01T00:00:00Z").plusSeconds(id));
    }

    private static MatchingPolicy.Candidate tutor(long id, int freeHours, long load, ServiceType... types) {
        return new MatchingPolicy.Candidate(id, Set.of(VILLAGE), Set.of(types), freeHours, load);
    }

    @Test
    void aProviderWhoCannotDeliverTheServiceOrDoesNotServeTheVillageGetsNothing() {
        MatchingPolicy.Candidate counsellor = tutor(1, 5, 0, ServiceType.PSYCHOLOGICAL_COUNSELLING);
        MatchingPolicy.Candidate elsewhere = new MatchingPolicy.Candidate(2, Set.of(99L), Set.of(ServiceType.TUTORING), 5, 0);

        MatchingPolicy.Outcome outcome = policy.match(List.of(need(10, 2, ServiceType.TUTORING)), List.of(counsellor, elsewhere));

        assertEquals(List.of(), outcome.assignments());
        assertEquals(List.of(10L), outcome.unmatched());
    }

    @Test
    void whenTimeIsShortTheUrgentNeedIsServedFirst() {
        MatchingPolicy.Outcome outcome = policy.match(List.of(need(10, 1, ServiceType.TUTORING), need(11, 3, ServiceType.TUTORING)),
                List.of(tutor(1, 1, 0, ServiceType.TUTORING)));

        assertEquals(List.of(new MatchingPolicy.Assignment(11, 1)), outcome.assignments());
        assertEquals(List.of(10L), outcome.unmatched());
    }

    @Test
    void anEarlierChoiceIsMovedSoThatAsManyNeedsAsPossibleAreMatched() {
        // the urgent tutoring need first goes to the idle all-rounder; the counselling need can only go there
        MatchingPolicy.Candidate allRounder = tutor(1, 1, 0, ServiceType.TUTORING, ServiceType.PSYCHOLOGICAL_COUNSELLING);
        MatchingPolicy.Candidate busyTutor = tutor(2, 1, 4, ServiceType.TUTORING);

        MatchingPolicy.Outcome outcome = policy.match(
                List.of(need(10, 3, ServiceType.TUTORING), need(11, 1, ServiceType.PSYCHOLOGICAL_COUNSELLING)), List.of(allRounder, busyTutor));

        assertEquals(List.of(new MatchingPolicy.Assignment(10, 2), new MatchingPolicy.Assignment(11, 1)), outcome.assignments());
        assertEquals(List.of(), outcome.unmatched());
    }

    @Test
    void amongAbleProvidersTheLeastLoadedIsChosen() {
        MatchingPolicy.Outcome outcome = policy.match(List.of(need(10, 2, ServiceType.TUTORING)),
                List.of(tutor(1, 10, 3, ServiceType.TUTORING), tutor(2, 10, 0, ServiceType.TUTORING)));

        assertEquals(List.of(new MatchingPolicy.Assignment(10, 2)), outcome.assignments());
    }

    @Test
    void aProviderWithoutFreeHoursGetsNothing() {
        MatchingPolicy.Outcome outcome = policy.match(List.of(need(10, 3, ServiceType.TUTORING)), List.of(tutor(1, 0, 40, ServiceType.TUTORING)));

        assertEquals(List.of(10L), outcome.unmatched());
    }
}
