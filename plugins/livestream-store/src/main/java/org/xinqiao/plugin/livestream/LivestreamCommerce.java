package org.xinqiao.plugin.livestream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pf4j.Extension;
import org.xinqiao.plugin.api.Capability;
import org.xinqiao.plugin.api.CommercePlatform;
import org.xinqiao.plugin.api.EventAnnouncement;
import org.xinqiao.plugin.api.InvalidSignatureException;
import org.xinqiao.plugin.api.OrderPage;
import org.xinqiao.plugin.api.OrderQuery;
import org.xinqiao.plugin.api.PartnerContext;
import org.xinqiao.plugin.api.PluginException;
import org.xinqiao.plugin.api.SaleLine;
import org.xinqiao.plugin.api.UnsupportedCapabilityException;
import org.xinqiao.plugin.api.VipGrant;
import org.xinqiao.plugin.api.VoucherRequest;
import org.xinqiao.plugin.api.VoucherResult;
import org.xinqiao.plugin.api.WebhookReply;
import org.xinqiao.plugin.api.WebhookRequest;
import org.xinqiao.plugin.api.WebhookResult;

/**
 * A Douyin shop (抖店) on its open platform: orders by {@code order.searchList}, push messages
 * checked by {@code event-sign} and completed by {@code order.orderDetail}, VIP as a member level
 * by {@code member.batchUpdate}. The platform has no public API to hand a shop voucher to a chosen
 * buyer or to publish an announcement, so those two are not offered.
 */
@Extension
public class LivestreamCommerce implements CommercePlatform {

    /** 订单支付/确认消息 (doudian_trade_TradePaid). */
    static final String TAG_TRADE_PAID = "101";
    /** 退款成功消息 (doudian_refund_RefundSuccess). */
    static final String TAG_REFUND_SUCCESS = "206";
    /** The acknowledgement the push service expects, or it retries. */
    static final String PUSH_ACK = "{\"code\":0,\"msg\":\"success\"}";

    private static final String PAGE_PREFIX = "page:";

    private final LivestreamClient client;

    /** The instance PF4J creates. */
    public LivestreamCommerce() {
        this(LivestreamClient.standard());
    }

    LivestreamCommerce(LivestreamClient client) {
        this.client = client;
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.PULL_ORDERS, Capability.WEBHOOK, Capability.GRANT_VIP);
    }

    /**
     * One page of {@code order.searchList} over the update-time window, oldest change first, so
     * that status changes (shipment, refund) of older orders are seen too. The cursor is the
     * platform's page number (from 0).
     */
    @Override
    public OrderPage pullOrders(PartnerContext ctx, OrderQuery query) {
        LivestreamSettings settings = LivestreamSettings.of(ctx);
        int page = query.pageCursor().map(LivestreamCommerce::page).orElse(0);
        long start = ceilSeconds(query.from());
        long end = ceilSeconds(query.to()) - 1;
        if (end < start) {
            return OrderPage.last(List.of());
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("update_time_start", start);
        params.put("update_time_end", end);
        params.put("order_by", "update_time");
        params.put("order_asc", true);
        params.put("page", page);
        params.put("size", settings.pageSize());

        JsonNode data = client.call(settings, "order.searchList", params);

        OrderMapping mapping = new OrderMapping(new Categories(client, settings), ctx.log());
        List<SaleLine> lines = new ArrayList<>();
        JsonNode orders = data.path("shop_order_list");
        for (JsonNode order : orders) {
            lines.addAll(mapping.lines(order));
        }
        long total = data.path("total").asLong();
        boolean more = orders.size() > 0 && (long) (page + 1) * settings.pageSize() < total;
        ctx.log().info("order.searchList page " + page + ": " + orders.size() + " orders, " + lines.size()
                + " lines of " + total + " orders in the window");
        return new OrderPage(lines, more ? PAGE_PREFIX + (page + 1) : null);
    }

    /**
     * Checks {@code event-sign} over the raw body before reading anything, then reads the JSON
     * array of messages ({@code tag}, {@code msg_id}, {@code data} as a JSON string). For order
     * paid (101) and refund succeeded (206) it fetches the order with {@code order.orderDetail}
     * (the messages carry ids and amounts, not products or categories); other tags are
     * acknowledged and ignored.
     */
    @Override
    public WebhookResult parseWebhook(PartnerContext ctx, WebhookRequest request) {
        LivestreamSettings settings = LivestreamSettings.of(ctx);
        byte[] body = request.body();
        String appId = request.header("app-id").orElse(settings.appKey());
        if (!appId.equals(settings.appKey())
                || !DoudianSigning.isValidEventSign(settings.appKey(), settings.appSecret(), body,
                        request.header("event-sign").orElse(null))) {
            throw new InvalidSignatureException("event-sign does not match this partner's app");
        }

        Set<String> orderIds = new LinkedHashSet<>();
        for (JsonNode message : messages(body)) {
            String tag = message.path("tag").asText();
            if (TAG_TRADE_PAID.equals(tag) || TAG_REFUND_SUCCESS.equals(tag)) {
                String orderId = data(message).path("p_id").asText();
                if (orderId.isEmpty()) {
                    throw new PluginException("push message " + message.path("msg_id").asText() + " has no p_id");
                }
                orderIds.add(orderId);
            } else {
                ctx.log().info("push message with tag " + tag + " ignored");
            }
        }

        OrderMapping mapping = new OrderMapping(new Categories(client, settings), ctx.log());
        List<SaleLine> lines = new ArrayList<>();
        for (String orderId : orderIds) {
            JsonNode data = client.call(settings, "order.orderDetail", Map.of("shop_order_id", orderId));
            lines.addAll(mapping.lines(data.path("shop_order_detail")));
        }
        return new WebhookResult(lines, WebhookReply.okJson(PUSH_ACK));
    }

    @Override
    public VoucherResult issueVoucher(PartnerContext ctx, VoucherRequest request) {
        throw new UnsupportedCapabilityException(Capability.ISSUE_VOUCHER,
                "the Douyin shop open platform has no public API to hand a shop voucher to a chosen buyer");
    }

    /**
     * Sets the buyer's member level in the shop's membership programme ({@code member.batchUpdate},
     * settings {@code memberAppId} and {@code vipLevel}). The platform keeps no end date: the server
     * lowers the level again when the grant ends.
     */
    @Override
    public void grantVip(PartnerContext ctx, VipGrant grant) {
        LivestreamSettings settings = LivestreamSettings.of(ctx);
        String appId = settings.memberAppId().orElseThrow(
                () -> new PluginException("partner " + ctx.partnerId() + " has no setting 'memberAppId'"));
        int level = settings.vipLevel().orElseThrow(
                () -> new PluginException("partner " + ctx.partnerId() + " has no setting 'vipLevel'"));
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("open_id", grant.platformUserId());
        member.put("level", level);
        client.call(settings, "member.batchUpdate", Map.of("app_id", appId, "member_info_list", List.of(member)));
        ctx.log().info("member level " + level + " set for grant " + grant.grantId());
    }

    @Override
    public void announceEvent(PartnerContext ctx, EventAnnouncement announcement) {
        throw new UnsupportedCapabilityException(Capability.ANNOUNCE_EVENT,
                "the Douyin shop open platform has no public API to publish a shop announcement");
    }

    private JsonNode messages(byte[] body) {
        try {
            JsonNode root = client.json().readTree(body);
            if (!root.isArray()) {
                throw new PluginException("a push body is a JSON array of messages");
            }
            return root;
        } catch (java.io.IOException e) {
            throw new PluginException("a push body that is not JSON");
        }
    }

    private JsonNode data(JsonNode message) {
        JsonNode data = message.path("data");
        if (!data.isTextual()) {
            return data;
        }
        try {
            return client.json().readTree(data.asText());
        } catch (JsonProcessingException e) {
            throw new PluginException("push message " + message.path("msg_id").asText() + " has unreadable data");
        }
    }

    private static int page(String cursor) {
        try {
            if (cursor.startsWith(PAGE_PREFIX)) {
                int page = Integer.parseInt(cursor.substring(PAGE_PREFIX.length()));
                if (page >= 0) {
                    return page;
                }
            }
        } catch (NumberFormatException e) {
            // falls through to the exception below
        }
        throw new PluginException("not a cursor of this plugin: " + cursor);
    }

    private static long ceilSeconds(Instant instant) {
        return instant.getNano() == 0 ? instant.getEpochSecond() : instant.getEpochSecond() + 1;
    }
}
