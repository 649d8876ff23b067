package org.xinqiao.plugin.api;

/**
 * Where an order line stands on the platform.
 *
 * <p>The server counts a line towards a partner's agricultural sales when it is {@link
 * SaleLine#agricultural() agricultural} and neither {@link #CLOSED} nor {@link #REFUNDED}; a line
 * that becomes {@link #REFUNDED} after it was counted reverses its sale.
 */
public enum SaleStatus {
    /** Paid, not shipped yet. */
    PAID,
    /** Shipped (in full or in part). */
    SHIPPED,
    /** Received by the buyer; the sale is done. */
    COMPLETED,
    /** Closed without payment (cancelled, timed out). */
    CLOSED,
    /** The buyer got the money back. */
    REFUNDED
}
