package org.xinqiao.need;

/**
 * The steps by which a village's census results are approved upward before they count (RULES.md §2 leaves the
 * who open; decided: the village committee's staff approve their own village, civil affairs approve for the
 * township and then for the county, the county step by a different person than the township step).
 */
public enum ApprovalLevel {
    VILLAGE, TOWNSHIP, COUNTY;

    /** The level after this one, or null after the county. */
    ApprovalLevel next() {
        return this == COUNTY ? null : values()[ordinal() + 1];
    }
}
