package org.xinqiao.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The closed loop of RULES.md §3: declared → matched → booked → served → feedback → closed, or withdrawn. */
class NeedStatusTest {

    @Test
    void theLoopRunsForwardOneStepAtATime() {
        assertTrue(NeedStatus.SUBMITTED.canMoveTo(NeedStatus.MATCHED));
        assertTrue(NeedStatus.MATCHED.canMoveTo(NeedStatus.SCHEDULED));
        assertTrue(NeedStatus.SCHEDULED.canMoveTo(NeedStatus.SERVED));
        assertTrue(NeedStatus.SERVED.canMoveTo(NeedStatus.FEEDBACK_GIVEN));
        assertTrue(NeedStatus.FEEDBACK_GIVEN.canMoveTo(NeedStatus.CLOSED));
    }

    @Test
    void aServedNeedMayCloseWithoutFeedback() {
        assertTrue(NeedStatus.SERVED.canMoveTo(NeedStatus.CLOSED));
    }

    @Test
    void noStepMaySkipAhead() {
        assertFalse(NeedStatus.SUBMITTED.canMoveTo(NeedStatus.SCHEDULED));
        assertFalse(NeedStatus.SUBMITTED.canMoveTo(NeedStatus.SERVED));
        assertFalse(NeedStatus.MATCHED.canMoveTo(NeedStatus.SERVED));
        assertFalse(NeedStatus.SCHEDULED.canMoveTo(NeedStatus.FEEDBACK_GIVEN));
    }

    @Test
    void aNeedCanBeWithdrawnOnlyBeforeItIsServed() {
        assertEquals(Set.of(NeedStatus.SUBMITTED, NeedStatus.MATCHED, NeedStatus.SCHEDULED),
                EnumSet.copyOf(EnumSet.allOf(NeedStatus.class).stream().filter(s -> s.canMoveTo(NeedStatus.WITHDRAWN)).toList()));
    }

    @Test
    void aCancelledAppointmentOrADroppedProviderStepsBack() {
        assertTrue(NeedStatus.SCHEDULED.canMoveTo(NeedStatus.MATCHED));
        assertTrue(NeedStatus.MATCHED.canMoveTo(NeedStatus.SUBMITTED));
    }

    @Test
    void closedAndWithdrawnNeedsGoNowhere() {
        for (NeedStatus to : NeedStatus.values()) {
            assertFalse(NeedStatus.CLOSED.canMoveTo(to));
            assertFalse(NeedStatus.WITHDRAWN.canMoveTo(to));
        }
        assertTrue(NeedStatus.CLOSED.isFinal());
        assertTrue(NeedStatus.WITHDRAWN.isFinal());
    }

    @Test
    void noStatusMovesToItself() {
        for (NeedStatus status : NeedStatus.values()) {
            assertFalse(status.canMoveTo(status), status.name());
        }
    }
}
