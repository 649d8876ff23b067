package org.xinqiao.plugin.livestream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xinqiao.plugin.api.Capability;
import org.xinqiao.plugin.api.EventAnnouncement;
import org.xinqiao.plugin.api.InvalidSignatureException;
import org.xinqiao.plugin.api.OrderPage;
import org.xinqiao.plugin.api.OrderQuery;
import org.xinqiao.plugin.api.PartnerContext;
import org.xinqiao.plugin.api.PluginException;
import org.xinqiao.plugin.api.PluginLog;
import org.xinqiao.plugin.api.SaleLine;
import org.xinqiao.plugin.api.SaleStatus;
import org.xinqiao.plugin.api.UnsupportedCapabilityException;
import org.xinqiao.plugin.api.VipGrant;
import org.xinqiao.plugin.api.VoucherRequest;
import org.xinqiao.plugin.api.WebhookRequest;
import org.xinqiao.plugin.api.WebhookResult;

/** The plugin against a local fake of the Douyin shop open platform that checks every signature. */
class LivestreamCommerceTest {

    private static final Instant FROM = Instant.parse("2026-03-02T12:00:00Z");
    private static final Instant TO = Instant.parse("2026-03-02T13:00:00Z");
    private static final Clock AT_TIMESTAMP = Clock.fixed(Instant.parse("2026-03-02T12:30:00Z"), ZoneOffset.UTC);

    private final FakeDoudian platform = new FakeDoudian(AT_TIMESTAMP);
    private final LivestreamCommerce plugin =
            new LivestreamCommerce(new LivestreamClient(HttpClient.newHttpClient(), AT_TIMESTAMP));
    private final List<String> warnings = new ArrayList<>();

    @AfterEach
    void stopThePlatform() {
        platform.close();
    }

    @Test
    void aWindowIsWalkedPageByPageWithSignedRequests() {
        servePagedOrders();

        OrderQuery first = OrderQuery.firstPage(FROM, TO);
        OrderPage page0 = plugin.pullOrders(partner(), first);
        OrderPage page1 = plugin.pullOrders(partner(), first.next(page0));

        assertEquals(3, page0.lines().size());
        assertEquals("page:1", page0.nextCursor().orElseThrow());
        assertEquals(2, page1.lines().size());
        assertTrue(page1.nextCursor().isEmpty());
        assertEquals(List.of(), platform.refusals());
        assertEquals("{\"order_asc\":true,\"order_by\":\"update_time\",\"page\":0,\"size\":2,"
                + "\"update_time_end\":1772456399,\"update_time_start\":1772452800}",
                platform.bodiesOf("order.searchList").get(0));
    }

    @Test
    void linesCarryYuanAmountsStatusesAndTheAgriculturalFlag() {
        servePagedOrders();

        List<SaleLine> lines = pullAll();

        SaleLine flour = line(lines, "4781320682406083641");
        assertEquals("4781320682406083640", flour.platformOrderId());
        assertEquals("长寿镇田间直播间", flour.storeName());
        assertEquals("食品饮料/粮油米面", flour.category());
        assertEquals(new BigDecimal("79.80"), flour.amountPaid());
        assertEquals(2, flour.quantity());
        assertEquals(Instant.parse("2026-03-02T12:15:33Z"), flour.paidAt());
        assertEquals(SaleStatus.COMPLETED, flour.status());
        assertTrue(flour.agricultural());

        SaleLine holder = line(lines, "4781320682406083642");
        assertEquals("3C数码配件/手机支架", holder.category());
        assertFalse(holder.agricultural());

        assertEquals(SaleStatus.PAID, line(lines, "4781320682406083651").status());
        assertEquals(new BigDecimal("129.80"), line(lines, "4781320682406083651").amountPaid());
        assertEquals(SaleStatus.REFUNDED, line(lines, "4781320682406083661").status());
        assertEquals(SaleStatus.CLOSED, line(lines, "4781320682406083662").status());
        assertEquals(null, line(lines, "4781320682406083662").paidAt());
    }

    @Test
    void unpaidLinesAreNotSalesYet() {
        servePagedOrders();

        assertTrue(pullAll().stream().noneMatch(l -> l.lineId().equals("4781320682406083663")));
    }

    @Test
    void categoryNamesAreLookedUpOncePerCall() {
        servePagedOrders();

        plugin.pullOrders(partner(), OrderQuery.firstPage(FROM, TO));

        assertEquals(List.of("{\"cid\":0}", "{\"cid\":20006}", "{\"cid\":20010}", "{\"cid\":20005}"),
                platform.bodiesOf("shop.getShopCategory"));
    }

    @Test
    void theFakeRefusesARequestSignedWithAnotherSecretAndThePluginReportsIt() {
        servePagedOrders();
        Map<String, String> settings = new HashMap<>(settings());
        settings.put("appSecret", "not-the-secret");

        PluginException e = assertThrows(PluginException.class,
                () -> plugin.pullOrders(partner(settings), OrderQuery.firstPage(FROM, TO)));

        assertEquals("order.searchList answered HTTP 404", e.getMessage());
        assertEquals(List.of("order.searchList: wrong sign"), platform.refusals());
    }

    @Test
    void aPlatformErrorCodeBecomesAPluginFailureWithoutSecrets() {
        platform.answerRaw("order.searchList", "{\"code\":40004,\"msg\":\"业务处理失败\",\"sub_code\":"
                + "\"isv.access-token-expired\",\"sub_msg\":\"access_token已过期\",\"log_id\":\"L1\",\"data\":{}}");

        PluginException e = assertThrows(PluginException.class,
                () -> plugin.pullOrders(partner(), OrderQuery.firstPage(FROM, TO)));

        assertTrue(e.getMessage().contains("40004"), e.getMessage());
        assertTrue(e.getMessage().contains("isv.access-token-expired"), e.getMessage());
        assertFalse(e.getMessage().contains(FakeDoudian.APP_SECRET));
        assertFalse(e.getMessage().contains(FakeDoudian.ACCESS_TOKEN));
    }

    @Test
    void aPushWithAGoodSignatureYieldsTheLinesOfItsOrderAndTheExpectedReply() {
        platform.serveCategories();
        platform.answer("order.orderDetail", "{\"shop_order_id\":\"4781320682406083640\"}",
                "orderDetail-4781320682406083640.json");
        String body = paidPush();

        WebhookResult result = plugin.parseWebhook(partner(), push(body, FakeDoudian.eventSign(body)));

        assertEquals(List.of("4781320682406083641", "4781320682406083642"),
                result.lines().stream().map(SaleLine::lineId).toList());
        assertEquals(200, result.reply().status());
        assertArrayEquals("{\"code\":0,\"msg\":\"success\"}".getBytes(StandardCharsets.UTF_8), result.reply().body());
        assertEquals(List.of(), platform.refusals());
    }

    @Test
    void aPushWithABadSignatureIsRefusedBeforeAnythingIsRead() {
        String body = paidPush();
        String tampered = body.replace("9480", "948000");
        String signOfTheTamperedBody = FakeDoudian.eventSign(tampered);
        assertFalse(tampered.equals(body));

        assertThrows(InvalidSignatureException.class, () -> plugin.parseWebhook(partner(), push(body, signOfTheTamperedBody)));
        assertThrows(InvalidSignatureException.class, () -> plugin.parseWebhook(partner(),
                new WebhookRequest(Map.of(), body.getBytes(StandardCharsets.UTF_8))));
        assertEquals(0, platform.requestCount());
    }

    @Test
    void aPushForAnotherAppIsRefused() {
        String body = paidPush();
        WebhookRequest request = new WebhookRequest(
                Map.of("app-id", List.of("7009999999999999999"), "event-sign", List.of(FakeDoudian.eventSign(body))),
                body.getBytes(StandardCharsets.UTF_8));

        assertThrows(InvalidSignatureException.class, () -> plugin.parseWebhook(partner(), request));
    }

    @Test
    void messagesOfOtherKindsAreAcknowledgedAndIgnored() {
        String body = "[{\"tag\":\"102\",\"msg_id\":\"m-2\",\"data\":\"{\\\"p_id\\\":4781320682406083640}\"}]";

        WebhookResult result = plugin.parseWebhook(partner(), push(body, FakeDoudian.eventSign(body)));

        assertTrue(result.lines().isEmpty());
        assertEquals(0, platform.requestCount());
    }

    @Test
    void vipIsGrantedAsAMemberLevel() {
        platform.answerRaw("member.batchUpdate", "{\"code\":10000,\"msg\":\"success\",\"data\":{}}");
        Map<String, String> settings = new HashMap<>(settings());
        settings.put("memberAppId", "7001");
        settings.put("vipLevel", "3");

        plugin.grantVip(partner(settings), new VipGrant("star:2026:17", "open-id-of-the-star",
                LocalDate.of(2027, 1, 5), LocalDate.of(2027, 12, 31), "积分之星 2026"));

        assertEquals(List.of("{\"app_id\":\"7001\",\"member_info_list\":[{\"level\":3,\"open_id\":\"open-id-of-the-star\"}]}"),
                platform.bodiesOf("member.batchUpdate"));
        assertEquals(List.of(), platform.refusals());
    }

    @Test
    void vouchersAndAnnouncementsAreNeitherDeclaredNorFaked() {
        assertEquals(java.util.EnumSet.of(Capability.PULL_ORDERS, Capability.WEBHOOK, Capability.GRANT_VIP),
                plugin.capabilities());
        UnsupportedCapabilityException voucher = assertThrows(UnsupportedCapabilityException.class,
                () -> plugin.issueVoucher(partner(), new VoucherRequest("r-1", "open-id", new BigDecimal("20.00"),
                        BigDecimal.ZERO, Instant.parse("2027-01-31T16:00:00Z"))));
        assertEquals(Capability.ISSUE_VOUCHER, voucher.capability());
        assertThrows(UnsupportedCapabilityException.class, () -> plugin.announceEvent(partner(),
                new EventAnnouncement("e-1", "电商职业体验日", "…", Instant.parse("2027-04-17T01:00:00Z"), "长寿镇站")));
    }

    private void servePagedOrders() {
        platform.serveCategories();
        platform.answerContaining("order.searchList", "\"page\":0,", "searchList-page0.json");
        platform.answerContaining("order.searchList", "\"page\":1,", "searchList-page1.json");
    }

    private List<SaleLine> pullAll() {
        List<SaleLine> lines = new ArrayList<>();
        OrderQuery query = OrderQuery.firstPage(FROM, TO);
        while (true) {
            OrderPage page = plugin.pullOrders(partner(), query);
            lines.addAll(page.lines());
            if (page.nextCursor().isEmpty()) {
                return lines;
            }
            query = query.next(page);
        }
    }

    private static String paidPush() {
        return "[{\"tag\":\"101\",\"msg_id\":\"7000000000000000001:0:101:1772453733\",\"data\":\"{\\\"p_id\\\":"
                + "4781320682406083640,\\\"s_ids\\\":[4781320682406083641,4781320682406083642],\\\"shop_id\\\":77977,"
                + "\\\"order_status\\\":2,\\\"pay_time\\\":1772453733,\\\"pay_amount\\\":9480}\"}]";
    }

    private static WebhookRequest push(String body, String sign) {
        return new WebhookRequest(Map.of("app-id", List.of(FakeDoudian.APP_KEY), "event-sign", List.of(sign),
                "Content-Type", List.of("application/json")), body.getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, String> settings() {
        return Map.of(
                "appKey", FakeDoudian.APP_KEY,
                "appSecret", FakeDoudian.APP_SECRET,
                "accessToken", FakeDoudian.ACCESS_TOKEN,
                "baseUrl", platform.baseUrl(),
                "pageSize", "2",
                "agriculturalCategories", "生鲜, 食品饮料/粮油米面");
    }

    private PartnerContext partner() {
        return partner(settings());
    }

    private PartnerContext partner(Map<String, String> settings) {
        return new PartnerContext("partner-7", settings, new PluginLog() {
            @Override
            public void info(String message) {
            }

            @Override
            public void warn(String message) {
                warnings.add(message);
            }

            @Override
            public void error(String message, Throwable cause) {
            }
        });
    }

    private static SaleLine line(List<SaleLine> lines, String lineId) {
        return lines.stream().filter(l -> l.lineId().equals(lineId)).findFirst().orElseThrow();
    }
}
