package org.xinqiao.plugin.api;

/**
 * An optional ability of a {@link CommercePlatform}. A plugin declares what it can do through
 * {@link CommercePlatform#capabilities()}; the server only offers what is declared.
 */
public enum Capability {
    /** {@link CommercePlatform#pullOrders} lists a partner's orders over a time window. */
    PULL_ORDERS,
    /** {@link CommercePlatform#parseWebhook} verifies and reads the platform's push messages. */
    WEBHOOK,
    /** {@link CommercePlatform#issueVoucher} hands a shopping voucher to a platform user. */
    ISSUE_VOUCHER,
    /** {@link CommercePlatform#grantVip} grants VIP rights to a platform user. */
    GRANT_VIP,
    /** {@link CommercePlatform#announceEvent} announces one of our events on the platform. */
    ANNOUNCE_EVENT
}
