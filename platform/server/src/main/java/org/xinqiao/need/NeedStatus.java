package org.xinqiao.need;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a declared need stands in the closed service loop (RULES.md §3): declared, matched to a provider,
 * booked, served, feedback given, closed; or withdrawn by whoever declared it. The transitions back
 * (SCHEDULED → MATCHED, MATCHED → SUBMITTED) are for a cancelled appointment and a provider who drops out.
 */
public enum NeedStatus {
    SUBMITTED, MATCHED, SCHEDULED, SERVED, FEEDBACK_GIVEN, CLOSED, WITHDRAWN;

    private static final Map<NeedStatus, Set<NeedStatus>> NEXT = Map.of(
            SUBMITTED, EnumSet.of(MATCHED, WITHDRAWN),
            MATCHED, EnumSet.of(SCHEDULED, SUBMITTED, WITHDRAWN),
            SCHEDULED, EnumSet.of(SERVED, MATCHED, WITHDRAWN),
            SERVED, EnumSet.of(FEEDBACK_GIVEN, CLOSED),
            FEEDBACK_GIVEN, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(NeedStatus.class),
            WITHDRAWN, EnumSet.noneOf(NeedStatus.class));

    /** True if a need in this status may move to {@code next}; never to the status it is already in. */
    public boolean canMoveTo(NeedStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** The statuses a need may move to from this one. */
    public Set<NeedStatus> next() {
        return Set.copyOf(NEXT.get(this));
    }

    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }
}
