package org.xinqiao.points;

/** Why a ledger entry exists. */
public enum EntryKind {
    /** Points earned by an approved claim under an earning rule. */
    EARNED,
    /** Points spent on a redemption. */
    REDEEMED,
    /** Points given back by a cancelled or failed redemption. */
    RETURNED,
    /** A correction by an administrator; the ledger is never edited. Counts as earning for the stars. */
    CORRECTED
}
