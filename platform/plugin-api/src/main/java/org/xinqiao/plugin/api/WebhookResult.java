package org.xinqiao.plugin.api;

import java.util.List;
import java.util.Objects;

/**
 * What a verified push carried.
 *
 * @param lines the order lines the push concerns, in their current status (a refund arrives as a
 *     {@link SaleStatus#REFUNDED} line); possibly none, for messages of no interest
 * @param reply what to answer the platform once the lines are recorded
 */
public record WebhookResult(List<SaleLine> lines, WebhookReply reply) {

    /**
     * Copies the lines.
     *
     * @throws NullPointerException if a component is null
     */
    public WebhookResult {
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        Objects.requireNonNull(reply, "reply");
    }
}
