package org.xinqiao.plugin;

import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;

/** Reaches the fund's {@link PartnerSales} if this server has one; answers 503 where it is needed and missing. */
@Singleton
final class Partners {

    private final BeanProvider<PartnerSales> sales;

    Partners(BeanProvider<PartnerSales> sales) {
        this.sales = sales;
    }

    PartnerSales sales() {
        if (!sales.isPresent()) {
            throw new DomainException(ErrorCode.FUND_INTAKE_UNAVAILABLE, "fund intake not available: "
                    + "this server has no partner sales service");
        }
        return sales.get();
    }

    PartnerSales.PartnerView partner(long partnerId) {
        return sales().partner(partnerId).orElseThrow(() -> DomainException.notFound("partner " + partnerId));
    }

    static String pluginOf(PartnerSales.PartnerView partner) {
        String pluginId = partner.platformPluginId();
        if (pluginId == null || pluginId.isBlank()) {
            throw new DomainException(ErrorCode.CONFLICT, "partner " + partner.id() + " has no platform plugin");
        }
        return pluginId;
    }
}
