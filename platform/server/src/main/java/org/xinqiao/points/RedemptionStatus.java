package org.xinqiao.points;

/**
 * Where a redemption stands. The four waiting states are "unfulfilled": it may be cancelled and a fulfilment may
 * fail, both giving back the points and the stock. FULFILLED, CANCELLED and FAILED are final.
 */
public enum RedemptionStatus {
    /** Waits for the partner's platform plugin to issue the voucher. */
    PENDING_VOUCHER,
    /** Waits at the station for the redeemer to show the pickup code. */
    AWAITING_PICKUP,
    /** Waits for the counselling session to be booked as an appointment. */
    PENDING_APPOINTMENT,
    /** Waits for a seat in a training event to be assigned. */
    PENDING_SEAT,
    FULFILLED,
    CANCELLED,
    FAILED;

    public boolean unfulfilled() {
        return this == PENDING_VOUCHER || this == AWAITING_PICKUP || this == PENDING_APPOINTMENT || this == PENDING_SEAT;
    }
}
