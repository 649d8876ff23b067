package org.xinqiao.fund;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.xinqiao.plugin.PartnerSales;
import org.xinqiao.plugin.api.SaleLine;

/** The fund's side of what the plugin host needs: its partners and the one sales intake. */
@Singleton
final class FundSalesForPlugins implements PartnerSales {

    private final FundService fund;

    FundSalesForPlugins(FundService fund) {
        this.fund = fund;
    }

    @Override
    public PartnerSales.IntakeResult intake(long partnerId, String source, List<SaleLine> lines) {
        org.xinqiao.fund.IntakeResult result = fund.intake(partnerId, source, lines);
        return new PartnerSales.IntakeResult(result.accepted(), result.duplicates(), result.reversed(), result.ignored());
    }

    @Override
    public Optional<PartnerSales.PartnerView> partner(long partnerId) {
        return fund.partner(partnerId).map(FundSalesForPlugins::view);
    }

    @Override
    public List<PartnerSales.PartnerView> partnersUsing(String pluginId) {
        return fund.partnersUsing(pluginId).stream().map(FundSalesForPlugins::view).toList();
    }

    private static PartnerSales.PartnerView view(org.xinqiao.fund.PartnerView partner) {
        return new PartnerSales.PartnerView(partner.id(), partner.name(), partner.platformPluginId());
    }
}
