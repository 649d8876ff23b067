package org.xinqiao.points;

import java.time.LocalDate;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;

/**
 * Decides whether an account may redeem a quantity of a reward (RULES.md §4), on values read under the locks of
 * the account's balance and of the reward. The checks run in a fixed order so an answer is predictable: the reward
 * must be available today, then the per-account limit, then the stock, then the balance. The limit counts every
 * unit the account holds of that reward that is not cancelled or failed, over the reward's whole life.
 */
final class RedemptionPolicy {

    /** What the decision needs to know about the reward. */
    record Offer(long pointsPrice, int stock, Integer perAccountLimit, LocalDate activeFrom, LocalDate activeUntil, boolean retired) {
    }

    /** The points to debit; refuses with INSUFFICIENT_POINTS, OUT_OF_STOCK, LIMIT_REACHED or REWARD_NOT_AVAILABLE. */
    long check(Offer offer, int quantity, long balance, long alreadyHeld, LocalDate today) {
        if (quantity < 1) {
            throw DomainException.invalid("quantity", "must be at least 1");
        }
        if (offer.retired()
                || (offer.activeFrom() != null && today.isBefore(offer.activeFrom()))
                || (offer.activeUntil() != null && today.isAfter(offer.activeUntil()))) {
            throw new DomainException(ErrorCode.REWARD_NOT_AVAILABLE, "The reward is not offered on " + today);
        }
        if (offer.perAccountLimit() != null && alreadyHeld + quantity > offer.perAccountLimit()) {
            throw new DomainException(ErrorCode.LIMIT_REACHED, "Each account may redeem at most " + offer.perAccountLimit()
                    + " of this reward; you hold " + alreadyHeld);
        }
        if (offer.stock() < quantity) {
            throw new DomainException(ErrorCode.OUT_OF_STOCK, "Only " + offer.stock() + " left");
        }
        long price = Math.multiplyExact(offer.pointsPrice(), quantity);
        if (balance < price) {
            throw new DomainException(ErrorCode.INSUFFICIENT_POINTS, "The redemption costs " + price + " points; the balance is " + balance);
        }
        return price;
    }
}
