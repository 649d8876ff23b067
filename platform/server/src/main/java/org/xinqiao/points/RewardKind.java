package org.xinqiao.points;

/** What a reward turns into (RULES.md §4), and the state its redemption waits in until it is fulfilled. */
public enum RewardKind {
    /** An agricultural-product shopping voucher issued through the partner's platform plugin. */
    VOUCHER(RedemptionStatus.PENDING_VOUCHER),
    /** School supplies picked up at a station with a pickup code. */
    SUPPLY(RedemptionStatus.AWAITING_PICKUP),
    /** A counselling session: becomes an appointment. */
    COUNSELLING(RedemptionStatus.PENDING_APPOINTMENT),
    /** A seat in an e-commerce training course. */
    TRAINING_SEAT(RedemptionStatus.PENDING_SEAT);

    private final RedemptionStatus waitsIn;

    RewardKind(RedemptionStatus waitsIn) {
        this.waitsIn = waitsIn;
    }

    public RedemptionStatus waitsIn() {
        return waitsIn;
    }
}
