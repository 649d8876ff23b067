package org.xinqiao.plugin.livestream;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xinqiao.plugin.api.PluginLog;
import org.xinqiao.plugin.api.SaleLine;
import org.xinqiao.plugin.api.SaleStatus;

/**
 * Maps the platform's shop orders (店铺单) and their sku orders (商品单) to sale lines.
 *
 * <p>Per sku order: {@code parent_order_id} (or the shop order's {@code order_id}) is the order,
 * its own {@code order_id} the line, {@code item_num} the quantity, {@code pay_amount} (fen) the
 * amount paid, {@code pay_time} (seconds) the payment time. Status: {@code
 * after_sale_info.refund_status} 3 (退款成功) is {@link SaleStatus#REFUNDED}; otherwise {@code
 * order_status} 105 已支付 and 2 待发货 are PAID, 101 部分发货 and 3 已发货 SHIPPED, 5 已完成
 * COMPLETED, 4 已取消 CLOSED; 1 待支付 is not a sale yet and is left out, as is any status we do
 * not know (with a warning).
 */
final class OrderMapping {

    private static final int REFUND_SUCCEEDED = 3;

    private final Categories categories;
    private final PluginLog log;

    OrderMapping(Categories categories, PluginLog log) {
        this.categories = categories;
        this.log = log;
    }

    List<SaleLine> lines(JsonNode shopOrder) {
        List<SaleLine> lines = new ArrayList<>();
        for (JsonNode sku : shopOrder.path("sku_order_list")) {
            line(shopOrder, sku).ifPresent(lines::add);
        }
        return lines;
    }

    private Optional<SaleLine> line(JsonNode shopOrder, JsonNode sku) {
        String lineId = sku.path("order_id").asText();
        Optional<SaleStatus> status = status(sku);
        if (status.isEmpty()) {
            return Optional.empty();
        }
        String orderId = sku.path("parent_order_id").asText(shopOrder.path("order_id").asText());
        if (orderId.isEmpty()) {
            orderId = shopOrder.path("order_id").asText();
        }
        long payTime = sku.path("pay_time").asLong(shopOrder.path("pay_time").asLong());
        Instant paidAt = payTime > 0 ? Instant.ofEpochSecond(payTime) : null;
        if (paidAt == null && status.get() != SaleStatus.CLOSED) {
            log.warn("order line " + lineId + " is " + status.get() + " without pay_time; left out");
            return Optional.empty();
        }
        Categories.Category category = categories.of(sku);
        return Optional.of(new SaleLine(
                orderId,
                lineId,
                shopOrder.path("shop_name").asText(),
                sku.path("product_name").asText(),
                category.names(),
                Math.max(1, sku.path("item_num").asInt(1)),
                BigDecimal.valueOf(Math.max(0, sku.path("pay_amount").asLong()), 2),
                paidAt,
                status.get(),
                categories.isAgricultural(category)));
    }

    private Optional<SaleStatus> status(JsonNode sku) {
        if (sku.path("after_sale_info").path("refund_status").asInt() == REFUND_SUCCEEDED) {
            return Optional.of(SaleStatus.REFUNDED);
        }
        int code = sku.path("order_status").asInt(-1);
        return switch (code) {
            case 105, 2 -> Optional.of(SaleStatus.PAID);
            case 101, 3 -> Optional.of(SaleStatus.SHIPPED);
            case 5 -> Optional.of(SaleStatus.COMPLETED);
            case 4 -> Optional.of(SaleStatus.CLOSED);
            case 1 -> Optional.empty();
            default -> {
                log.warn("order line " + sku.path("order_id").asText() + " has unknown order_status " + code
                        + "; left out");
                yield Optional.empty();
            }
        };
    }
}
