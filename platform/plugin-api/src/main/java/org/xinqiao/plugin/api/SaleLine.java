package org.xinqiao.plugin.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of an order on a platform: one product, in some quantity, in one order.
 *
 * <p>The plugin sets {@code agricultural} from the platform's category of the product (each
 * plugin documents its rule); the server does not second-guess it.
 *
 * @param platformOrderId the platform's order number (主订单编号)
 * @param lineId the platform's line number (子订单编号), unique within the platform
 * @param storeName the store (店铺) that sold it
 * @param productName the product's name
 * @param category the platform's category path of the product, levels joined by {@code /}
 * @param quantity how many units, at least 1
 * @param amountPaid what the buyer paid for the line after discounts, in yuan, never negative
 * @param paidAt when it was paid, or {@code null} if it never was (a {@link SaleStatus#CLOSED}
 *     line)
 * @param status where the line stands
 * @param agricultural whether the product is an agricultural product
 */
public record SaleLine(
        String platformOrderId,
        String lineId,
        String storeName,
        String productName,
        String category,
        int quantity,
        BigDecimal amountPaid,
        Instant paidAt,
        SaleStatus status,
        boolean agricultural) {

    /**
     * Checks the line.
     *
     * @throws NullPointerException if a required component is null
     * @throws IllegalArgumentException if an id is blank, the quantity is below 1, the amount is
     *     negative, or a line that is not closed has no payment time
     */
    public SaleLine {
        requireText(platformOrderId, "platformOrderId");
        requireText(lineId, "lineId");
        Objects.requireNonNull(storeName, "storeName");
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(amountPaid, "amountPaid");
        Objects.requireNonNull(status, "status");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1: " + quantity);
        }
        if (amountPaid.signum() < 0) {
            throw new IllegalArgumentException("amountPaid must not be negative: " + amountPaid);
        }
        if (paidAt == null && status != SaleStatus.CLOSED) {
            throw new IllegalArgumentException("a " + status + " line needs its payment time");
        }
    }

    /**
     * The line's identity on its platform, {@code platformOrderId + "/" + lineId}.
     *
     * @return a key that is the same for every report of this line
     */
    public String key() {
        return platformOrderId + "/" + lineId;
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
