package org.xinqiao.plugin.api;

import java.util.Set;
import org.pf4j.ExtensionPoint;

/**
 * Adapts one e-commerce platform (a livestream store's open API, say) to the server.
 *
 * <p><b>Optional capabilities.</b> Not every platform offers every operation. A plugin declares
 * what it supports in {@link #capabilities()}, and that declaration is the one source of truth:
 * the server asks it before offering an operation, and every method whose capability is not
 * declared throws {@link UnsupportedCapabilityException}. A plugin never fakes an operation it
 * cannot perform.
 *
 * <p><b>Calls.</b> The server calls each method with a time limit and isolates failures: a method
 * should do one bounded piece of work (one page of orders, one webhook), and signal failure by
 * throwing {@link PluginException}. Implementations must be thread-safe and keep no per-partner
 * state between calls: everything a call needs arrives in its {@link PartnerContext}.
 */
public interface CommercePlatform extends ExtensionPoint {

    /**
     * The operations this plugin supports; a constant set for a given plugin version.
     *
     * @return the supported capabilities, never {@code null}
     */
    Set<Capability> capabilities();

    /**
     * Lists one page of the order lines that were created or changed in {@code query}'s window.
     *
     * <p>The server walks a window by calling again with {@link OrderPage#nextCursor()} until it
     * is absent. A cursor is opaque to the server and valid only for the window it came from. The
     * same line may come back more than once (across pages or overlapping windows); the server
     * de-duplicates by {@link SaleLine#key()}, so the latest status of a line wins.
     *
     * @param ctx the partner whose orders to list
     * @param query the window {@code [from, to)} and the page cursor
     * @return the page's lines and the cursor of the next page, if any
     * @throws UnsupportedCapabilityException if {@link Capability#PULL_ORDERS} is not declared
     * @throws PluginException if the platform cannot be reached or answers with an error
     */
    OrderPage pullOrders(PartnerContext ctx, OrderQuery query);

    /**
     * Verifies a push message from the platform and reads the order lines it concerns.
     *
     * @param ctx the partner the push was addressed to
     * @param request the HTTP headers and the raw body bytes, exactly as received
     * @return the lines the message carries (paid, shipped, refunded …) and the reply the
     *     platform expects
     * @throws InvalidSignatureException if the message is not signed by the platform for this
     *     partner; nothing of it may be recorded
     * @throws UnsupportedCapabilityException if {@link Capability#WEBHOOK} is not declared
     * @throws PluginException if the message cannot be read or completed; the server answers
     *     with an error so that the platform retries
     */
    WebhookResult parseWebhook(PartnerContext ctx, WebhookRequest request);

    /**
     * Issues a shopping voucher to a user of the platform.
     *
     * @param ctx the partner whose store the voucher is for
     * @param request what to issue, to whom, with an idempotency key
     * @return the platform's reference of the voucher
     * @throws UnsupportedCapabilityException if {@link Capability#ISSUE_VOUCHER} is not declared
     * @throws PluginException if the platform refuses or cannot be reached
     */
    VoucherResult issueVoucher(PartnerContext ctx, VoucherRequest request);

    /**
     * Grants VIP rights on the platform to one of its users.
     *
     * @param ctx the partner whose platform grants the rights
     * @param grant who gets the rights and for how long
     * @throws UnsupportedCapabilityException if {@link Capability#GRANT_VIP} is not declared
     * @throws PluginException if the platform refuses or cannot be reached
     */
    void grantVip(PartnerContext ctx, VipGrant grant);

    /**
     * Announces one of our events (a lecture, a career day …) on the partner's platform.
     *
     * @param ctx the partner whose platform carries the announcement
     * @param announcement the event to announce
     * @throws UnsupportedCapabilityException if {@link Capability#ANNOUNCE_EVENT} is not declared
     * @throws PluginException if the platform refuses or cannot be reached
     */
    void announceEvent(PartnerContext ctx, EventAnnouncement announcement);
}
