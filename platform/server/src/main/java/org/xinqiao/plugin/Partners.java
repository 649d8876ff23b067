package org.xinqiao.plugin;

import jakarta.inject.Singleton;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;

/** The fund's partners as the plugin host needs them. */
@Singleton
final class Partners {

    private final PartnerSales sales;

    Partners(PartnerSales sales) {
        this.sales = sales;
    }

    PartnerSales sales() {
        return sales;
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
