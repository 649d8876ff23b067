package org.xinqiao.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;

class RedemptionPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);

    private final RedemptionPolicy policy = new RedemptionPolicy();

    private static RedemptionPolicy.Offer offer(long price, int stock, Integer limit) {
        return new RedemptionPolicy.Offer(price, stock, limit, null, null, false);
    }

    private ErrorCode refusal(RedemptionPolicy.Offer offer, int quantity, long balance, long held, LocalDate today) {
        return assertThrows(DomainException.class, () -> policy.check(offer, quantity, balance, held, today)).code();
    }

    @Test
    void aBalanceOfExactlyThePriceIsEnough() {
        assertEquals(60, policy.check(offer(60, 5, null), 1, 60, 0, TODAY));
    }

    @Test
    void aBalanceOneShortIsInsufficient() {
        assertEquals(ErrorCode.INSUFFICIENT_POINTS, refusal(offer(60, 5, null), 1, 59, 0, TODAY));
    }

    @Test
    void theQuantityMultipliesThePrice() {
        assertEquals(45, policy.check(offer(15, 3, null), 3, 45, 0, TODAY));
        assertEquals(ErrorCode.INSUFFICIENT_POINTS, refusal(offer(15, 3, null), 3, 44, 0, TODAY));
    }

    @Test
    void theLastUnitsOfStockCanBeTakenButNotOneMore() {
        assertEquals(30, policy.check(offer(10, 3, null), 3, 100, 0, TODAY));
        assertEquals(ErrorCode.OUT_OF_STOCK, refusal(offer(10, 3, null), 4, 100, 0, TODAY));
    }

    @Test
    void theLimitCountsWhatTheAccountAlreadyHolds() {
        assertEquals(10, policy.check(offer(10, 5, 2), 1, 100, 1, TODAY));
        assertEquals(ErrorCode.LIMIT_REACHED, refusal(offer(10, 5, 2), 1, 100, 2, TODAY));
        assertEquals(ErrorCode.LIMIT_REACHED, refusal(offer(10, 5, 2), 2, 100, 1, TODAY));
    }

    @Test
    void theLimitIsJudgedBeforeTheStockAndTheStockBeforeTheBalance() {
        assertEquals(ErrorCode.LIMIT_REACHED, refusal(offer(10, 0, 1), 1, 0, 1, TODAY));
        assertEquals(ErrorCode.OUT_OF_STOCK, refusal(offer(10, 0, null), 1, 0, 0, TODAY));
    }

    @Test
    void theActivePeriodIncludesBothEnds() {
        var period = new RedemptionPolicy.Offer(10, 5, null, TODAY, TODAY, false);

        assertEquals(10, policy.check(period, 1, 10, 0, TODAY));
        assertEquals(ErrorCode.REWARD_NOT_AVAILABLE, refusal(period, 1, 10, 0, TODAY.minusDays(1)));
        assertEquals(ErrorCode.REWARD_NOT_AVAILABLE, refusal(period, 1, 10, 0, TODAY.plusDays(1)));
    }

    @Test
    void aRetiredRewardIsNotAvailable() {
        assertEquals(ErrorCode.REWARD_NOT_AVAILABLE,
                refusal(new RedemptionPolicy.Offer(10, 5, null, null, null, true), 1, 100, 0, TODAY));
    }
}
