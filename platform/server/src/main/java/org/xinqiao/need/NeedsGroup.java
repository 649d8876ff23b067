package org.xinqiao.need;

/**
 * A group whose members get services on top of their age tier (RULES.md §2). The declaration order is
 * the order in which their services are recommended.
 */
public enum NeedsGroup {
    /** Poor household (困难家庭): material aid and study grants. */
    POOR_HOUSEHOLD,
    /** Emotional deficit (情感缺失): one-to-one companionship and counselling. */
    EMOTIONAL_DEFICIT,
    /** Academic difficulty (学业困难): a personalised tutoring plan. */
    ACADEMIC_DIFFICULTY
}
