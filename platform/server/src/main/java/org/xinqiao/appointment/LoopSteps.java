package org.xinqiao.appointment;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.xinqiao.need.ServiceType;

/**
 * What appointments need from the needs and points features: read a need, move it along the loop, and credit a
 * provider for a completed session. Implemented by an adapter over {@code NeedService} and {@code PointsService};
 * calls join the caller's transaction, so a refused step undoes the appointment change with it.
 */
public interface LoopSteps {

    /** The need, if it exists. */
    Optional<NeedRef> needOf(long needId);

    /** The village's needs still waiting for a provider (status SUBMITTED), for matching. */
    List<NeedRef> submittedIn(long villageId);

    /** The village's needs declared in [from, to), whatever their status now (for the station KPI). */
    List<NeedRef> declaredIn(long villageId, Instant from, Instant to);

    /** Moves the need to {@code to}; the transitions used are listed on {@link NeedStage}. */
    void advanceNeed(long needId, NeedStage to, long actorId, String note);

    /**
     * Records the provider's points claim for a completed session (reference {@code appointment:<id>}, so a retry
     * cannot count twice). {@code approverId} is the staff member who confirmed the session, or null when the
     * provider completed it and the claim still waits for a staff member's approval (RULES.md §4).
     */
    void creditSession(long providerAccountId, long appointmentId, BigDecimal hours, @Nullable Long approverId);

    /** A need as appointments see it. */
    record NeedRef(long id, long childId, long villageId, ServiceType serviceType, int urgency, NeedStage status, Instant createdAt) {
    }

    /**
     * The need's states, named as {@code need.NeedStatus}. Appointments move a need SUBMITTED → MATCHED → SCHEDULED
     * when booked, SCHEDULED → MATCHED when the booking is cancelled, SCHEDULED → SERVED when completed, and
     * SERVED → FEEDBACK_GIVEN → CLOSED on feedback.
     */
    enum NeedStage {
        SUBMITTED, MATCHED, SCHEDULED, SERVED, FEEDBACK_GIVEN, CLOSED, WITHDRAWN
    }
}
