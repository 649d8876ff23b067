package org.xinqiao.plugin;

import java.util.List;
import java.util.Optional;
import org.xinqiao.plugin.api.SaleLine;

/**
 * What the plugin host needs of the fund: the partners and the intake of their sales. The fund provides the
 * implementation, so the plugin feature never reaches into the fund's tables.
 */
public interface PartnerSales {

    /**
     * Records sale lines of a partner. Idempotent by (partner, {@link SaleLine#key()}): a line reported again is a
     * duplicate, one that turned refunded reverses its sale.
     *
     * @param source {@code sync}, {@code webhook}, {@code file} or {@code manual}
     */
    IntakeResult intake(long partnerId, String source, List<SaleLine> lines);

    Optional<PartnerView> partner(long partnerId);

    /** The partners whose platform is served by that plugin. */
    List<PartnerView> partnersUsing(String pluginId);

    record IntakeResult(int accepted, int duplicates, int reversed, int ignored) {
    }

    record PartnerView(long id, String name, String platformPluginId) {
    }
}
