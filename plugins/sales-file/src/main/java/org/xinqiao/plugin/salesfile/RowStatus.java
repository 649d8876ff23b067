package org.xinqiao.plugin.salesfile;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.xinqiao.plugin.api.SaleStatus;

/**
 * Reads 订单状态 and 售后状态. A completed refund (退款成功) wins over the order status; an after-sale
 * that is still open or ended without refund leaves the order status as it is. Unknown words are
 * rejected rather than guessed, since they decide whether money counts.
 */
final class RowStatus {

    /** An order nobody has paid yet: not a sale, so the row is left out. */
    static final Set<String> UNPAID = Set.of("待付款", "待支付");

    private static final Map<String, SaleStatus> ORDER = Map.ofEntries(
            Map.entry("待发货", SaleStatus.PAID),
            Map.entry("备货中", SaleStatus.PAID),
            Map.entry("已支付", SaleStatus.PAID),
            Map.entry("部分发货", SaleStatus.SHIPPED),
            Map.entry("已发货", SaleStatus.SHIPPED),
            Map.entry("待收货", SaleStatus.SHIPPED),
            Map.entry("已完成", SaleStatus.COMPLETED),
            Map.entry("交易成功", SaleStatus.COMPLETED),
            Map.entry("已关闭", SaleStatus.CLOSED),
            Map.entry("已取消", SaleStatus.CLOSED),
            Map.entry("交易关闭", SaleStatus.CLOSED));

    private static final Set<String> REFUNDED = Set.of("退款成功", "退货退款成功", "售后成功");

    private static final Set<String> NOT_REFUNDED =
            Set.of("", "无", "-", "售后中", "退款中", "售后关闭", "退款关闭", "退款失败", "拒绝售后", "换货成功");

    private RowStatus() {
    }

    static Optional<SaleStatus> order(String word) {
        return Optional.ofNullable(ORDER.get(word));
    }

    static boolean isKnownAfterSale(String word) {
        return REFUNDED.contains(word) || NOT_REFUNDED.contains(word);
    }

    static boolean isRefunded(String word) {
        return REFUNDED.contains(word);
    }
}
