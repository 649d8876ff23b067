package org.xinqiao.need;

/** The age band that decides which services come first for a child (RULES.md §2). */
public enum AgeTier {
    /** Primary-school age: tutoring, interest classes and safety education come first. */
    PRIMARY,
    /** Teenagers: psychological counselling, career planning and social practice. */
    TEEN,
    /** Outside every tier: the child is kept on record, and only staff book services for them. */
    NONE
}
