package org.xinqiao.fund;

import java.math.BigDecimal;

final class FundFixtures {

    private FundFixtures() {
    }

    static BigDecimal cny(String amount) {
        return new BigDecimal(amount);
    }

    static AccrualPolicy theDefaultBandPolicy() {
        return new AccrualPolicy(FundRules.defaults());
    }

    static AccrualPolicy theDefaultMarginalPolicy() {
        return new AccrualPolicy(FundRules.defaults().withMode(AccrualMode.MARGINAL));
    }
}
