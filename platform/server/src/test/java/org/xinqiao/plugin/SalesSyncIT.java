package org.xinqiao.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xinqiao.plugin.api.SaleLine;
import org.xinqiao.support.Api;
import org.xinqiao.support.Db;

/**
 * The livestream-store plugin, installed through the API, against a local fake of the Douyin shop platform that
 * checks every signature with its own code: orders pulled into the fund's intake, pushes verified.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SalesSyncIT implements TestPropertyProvider {

    private static final String PLUGIN = "livestream-store";

    private final Path dir = PluginTestSupport.freshDir("sync");
    private final FakeDoudian douyin = new FakeDoudian(Clock.systemUTC());

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    TestPartnerSales fund;
    @Inject
    PluginSyncService sync;
    @Inject
    DataSource dataSource;

    Api api;
    String admin;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("xinqiao.plugins.dir", dir.toString(), "xinqiao.plugins.test-partners", "true");
    }

    @BeforeAll
    void installTheLivestreamPlugin() {
        api = new Api(server, json);
        admin = api.adminToken();
        douyin.serveCategories();
        douyin.answerContaining("order.searchList", "\"page\":0,", "searchList-page0.json");
        douyin.answerContaining("order.searchList", "\"page\":1,", "searchList-page1.json");
        douyin.answer("order.orderDetail", "{\"shop_order_id\":\"4781320682406083640\"}",
                "orderDetail-4781320682406083640.json");

        Api.Res installed = PluginTestSupport.upload(api, admin, PluginTestSupport.livestreamJar());

        installed.expect(201);
        assertEquals(PLUGIN, installed.text("id"));
        assertEquals("STARTED", installed.text("state"));
    }

    @AfterAll
    void stopThePlatform() {
        douyin.close();
    }

    @Test
    void syncedOrdersReachTheFundOncePerLineHoweverOftenTheOverlapReReadsThem() throws Exception {
        PartnerSales.PartnerView partner = partnerWithSettings("长寿镇田间直播间");
        Api.Res enabled = PluginTestSupport.postEmpty(api, "/api/v1/admin/plugins/" + PLUGIN + "/enable", admin);
        assertEquals("STARTED", enabled.expect(200).text("state"));
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        Api.Res first = api.post("/api/v1/admin/partners/" + partner.id() + "/sales-sync", admin, "").expect(200);
        Api.Res second = api.post("/api/v1/admin/partners/" + partner.id() + "/sales-sync", admin, "").expect(200);

        // page 0: 2 orders, lines 641 (flour, agricultural as configured), 642 (a phone holder), 651 (pears, paid);
        // page 1: order 660, lines 661 (refunded) and 662 (closed); 663 is unpaid and no sale yet
        assertEquals("OK", first.text("outcome"));
        assertEquals(2, first.number("pages"));
        assertEquals(5, first.number("saleLines"));
        assertEquals(3, first.number("orders"));
        assertEquals(2, first.number("accepted"));
        assertEquals(3, first.number("ignored"));
        assertEquals(0, second.number("accepted"));
        assertEquals(2, second.number("duplicates"));
        assertEquals(List.of("4781320682406083640/4781320682406083641", "4781320682406083650/4781320682406083651"),
                fund.countedKeys(partner.id()));
        assertTrue(fund.intakesOf(partner.id()).stream().allMatch(i -> i.source().equals("sync")));

        Instant firstFrom = Instant.parse(first.text("windowFrom"));
        Instant firstTo = Instant.parse(first.text("windowTo"));
        assertEquals(Duration.ofDays(1).plusMinutes(10), Duration.between(firstFrom, firstTo), "look-back + overlap");
        assertFalse(firstTo.isBefore(before), firstTo + " is before " + before);
        assertEquals(firstTo.minus(Duration.ofMinutes(10)), Instant.parse(second.text("windowFrom")), "overlap");
        assertEquals(Instant.parse(second.text("windowTo")), sync.watermark(partner.id()).orElseThrow());
        assertEquals(List.of(), douyin.refusals());

        Api.Res log = api.get("/api/v1/admin/partners/" + partner.id() + "/sales-sync/pulls", admin).expect(200);
        assertEquals(2, log.number("total"));
        assertEquals(second.number("id"), log.number("items.0.id"));
    }

    @Test
    void settingsAreStoredEncryptedAndAnsweredAsKeysOnly() throws Exception {
        PartnerSales.PartnerView partner = fund.add("库尔勒香梨直播间", PLUGIN);

        Api.Res res = api.put("/api/v1/admin/partners/" + partner.id() + "/plugin-settings", admin, settingsJson());

        res.expect(200);
        assertEquals(List.of("accessToken", "agriculturalCategories", "appKey", "appSecret", "baseUrl", "pageSize"), res.strings("keys"));
        assertFalse(res.raw().contains(FakeDoudian.APP_SECRET));
        String stored = new Db(dataSource).text("SELECT settings_enc FROM plugin_settings WHERE partner_id = ?", partner.id());
        assertFalse(stored.contains(FakeDoudian.APP_SECRET) || stored.contains(FakeDoudian.ACCESS_TOKEN));
        assertEquals(List.of("accessToken", "agriculturalCategories", "appKey", "appSecret", "baseUrl", "pageSize"),
                api.get("/api/v1/admin/partners/" + partner.id() + "/plugin-settings", admin).expect(200).strings("keys"));
    }

    @Test
    void aSignedPushIsRecordedAndAnsweredWithThePluginsReply() {
        PartnerSales.PartnerView partner = partnerWithSettings("长寿镇直播间二店");
        String body = paidPush();

        Api.Res res = push(partner.id(), body, FakeDoudian.eventSign(body));

        assertEquals(200, res.status());
        assertEquals("{\"code\":0,\"msg\":\"success\"}", res.raw());
        List<TestPartnerSales.Intake> intakes = fund.intakesOf(partner.id());
        assertEquals(1, intakes.size());
        assertEquals("webhook", intakes.get(0).source());
        assertEquals(List.of("4781320682406083641", "4781320682406083642"),
                intakes.get(0).lines().stream().map(SaleLine::lineId).toList());
    }

    @Test
    void aPushWithABadSignatureIs401AndRecordsNothing() {
        PartnerSales.PartnerView partner = partnerWithSettings("长寿镇直播间三店");
        String body = paidPush();
        int platformCalls = douyin.requestCount();

        Api.Res res = push(partner.id(), body.replace("9480", "948000"), FakeDoudian.eventSign(body));

        assertEquals(401, res.status());
        assertEquals("INVALID_SIGNATURE", res.code());
        assertEquals(List.of(), fund.intakesOf(partner.id()));
        assertEquals(platformCalls, douyin.requestCount(), "nothing was fetched for a forged push");
    }

    @Test
    void aPushForAPartnerOfAnotherPluginIsNotFound() {
        PartnerSales.PartnerView partner = fund.add("别的平台", "sales-file");
        String body = paidPush();

        Api.Res res = push(partner.id(), body, FakeDoudian.eventSign(body));

        assertEquals(404, res.status());
        assertEquals(List.of(), fund.intakesOf(partner.id()));
    }

    @Test
    void theScheduledSyncSkipsThePartnersOfADisabledPlugin() {
        PartnerSales.PartnerView partner = partnerWithSettings("停用测试店");
        int platformCalls = douyin.requestCount();
        PluginTestSupport.postEmpty(api, "/api/v1/admin/plugins/" + PLUGIN + "/disable", admin).expect(200);
        try {
            List<PullView> pulls = sync.syncAll();

            PullView pull = pulls.stream().filter(p -> p.partnerId() == partner.id()).findFirst().orElseThrow();
            assertEquals("SKIPPED", pull.outcome());
            assertTrue(pull.error().contains("disabled"), pull.error());
            assertTrue(pulls.stream().allMatch(p -> p.outcome().equals("SKIPPED")));
            assertEquals(platformCalls, douyin.requestCount(), "the disabled plugin was not called");
            assertEquals(List.of(), fund.intakesOf(partner.id()));
            assertEquals("DISABLED", api.get("/api/v1/admin/plugins/" + PLUGIN, admin).text("state"));
        } finally {
            PluginTestSupport.postEmpty(api, "/api/v1/admin/plugins/" + PLUGIN + "/enable", admin).expect(200);
        }
    }

    private PartnerSales.PartnerView partnerWithSettings(String name) {
        PartnerSales.PartnerView partner = fund.add(name, PLUGIN);
        api.put("/api/v1/admin/partners/" + partner.id() + "/plugin-settings", admin, settingsJson()).expect(200);
        return partner;
    }

    private String settingsJson() {
        return """
                {"settings":{"appKey":"%s","appSecret":"%s","accessToken":"%s","baseUrl":"%s","pageSize":"2",
                "agriculturalCategories":"生鲜, 食品饮料/粮油米面"}}"""
                .formatted(FakeDoudian.APP_KEY, FakeDoudian.APP_SECRET, FakeDoudian.ACCESS_TOKEN, douyin.baseUrl());
    }

    private Api.Res push(long partnerId, String body, String sign) {
        return api.send(api.builder("/api/v1/webhooks/" + PLUGIN + "/" + partnerId, null)
                .header("Content-Type", "application/json")
                .header("app-id", FakeDoudian.APP_KEY)
                .header("event-sign", sign)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private static String paidPush() {
        return "[{\"tag\":\"101\",\"msg_id\":\"7000000000000000001:0:101:1772453733\",\"data\":\"{\\\"p_id\\\":"
                + "4781320682406083640,\\\"s_ids\\\":[4781320682406083641,4781320682406083642],\\\"shop_id\\\":77977,"
                + "\\\"order_status\\\":2,\\\"pay_time\\\":1772453733,\\\"pay_amount\\\":9480}\"}]";
    }
}
