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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xinqiao.support.Api;

/**
 * Plugins that hang, throw, answer nothing or were installed without an extension index: each call fails with a
 * clear problem for that plugin, within the time limit, and the server keeps answering. Calls time out after 1 s
 * here, and 3 failures in a row open a plugin's circuit.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PluginFailureIT implements TestPropertyProvider {

    private final Path dir = PluginTestSupport.freshDir("failures");
    private final Path work = PluginTestSupport.freshDir("failures-work");

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    TestPartnerSales fund;
    @Inject
    PluginSyncService sync;

    Api api;
    String admin;

    @Override
    public Map<String, String> getProperties() {
        TestPlugins.build(TestPlugins.Spec.of("indexless", "1.0.0", TestPlugins.oneLine("x")).withoutIndex(), dir);
        return Map.of("xinqiao.plugins.dir", dir.toString(), "xinqiao.plugins.test-partners", "true",
                "xinqiao.plugins.call-timeout", "1s", "xinqiao.plugins.circuit-failures", "3",
                "xinqiao.plugins.circuit-open-for", "1m");
    }

    @BeforeAll
    void login() {
        api = new Api(server, json);
        admin = api.adminToken();
    }

    @Test
    void aPluginThatSleepsForeverTimesOutWithAClearProblemAndTheServerStaysResponsive() {
        long partner = partnerOf(install(TestPlugins.SLEEP_FOREVER));
        Instant asked = Instant.now();

        Api.Res res = api.post("/api/v1/admin/partners/" + partner + "/sales-sync", admin, "");

        Duration waited = Duration.between(asked, Instant.now());
        assertEquals(504, res.status());
        assertEquals("PLUGIN_TIMEOUT", res.code());
        assertTrue(waited.compareTo(Duration.ofSeconds(5)) < 0, "answered after " + waited);
        assertEquals(200, api.get("/health", null).status());
        Api.Res pulls = api.get("/api/v1/admin/partners/" + partner + "/sales-sync/pulls", admin).expect(200);
        assertEquals("FAILED", pulls.text("items.0.outcome"));
        assertTrue(pulls.text("items.0.error").contains("did not answer pullOrders within 1000 ms"),
                pulls.text("items.0.error"));
    }

    @Test
    void aPushToAPluginThatSleepsForeverTimesOutToo() {
        long partner = partnerOf(install(TestPlugins.SLEEP_FOREVER));

        Api.Res res = api.send(api.builder("/api/v1/webhooks/" + fund.partner(partner).orElseThrow().platformPluginId()
                + "/" + partner, null).POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertEquals(504, res.status());
        assertEquals("PLUGIN_TIMEOUT", res.code());
        assertEquals(List.of(), fund.intakesOf(partner));
    }

    @Test
    void repeatedFailuresOpenTheCircuitVisiblyInTheListAndInHealth() {
        String plugin = install(TestPlugins.THROW);
        long partner = partnerOf(plugin);

        for (int i = 0; i < 3; i++) {
            Api.Res failed = api.post("/api/v1/admin/partners/" + partner + "/sales-sync", admin, "");
            assertEquals(502, failed.status());
            assertEquals("PLUGIN_FAILED", failed.code());
            assertFalse(failed.raw().contains("internal details"), "a plugin's own message stays in the log");
        }
        Api.Res refused = api.post("/api/v1/admin/partners/" + partner + "/sales-sync", admin, "");

        assertEquals(503, refused.status());
        assertEquals("PLUGIN_CIRCUIT_OPEN", refused.code());
        assertTrue(refused.header("Retry-After").isPresent());
        Api.Res listed = api.get("/api/v1/admin/plugins/" + plugin, admin).expect(200);
        assertEquals("OPEN", listed.text("circuit"));
        assertEquals(3, listed.number("consecutiveFailures"));
        assertTrue(listed.text("lastError").contains("IllegalStateException"), listed.raw());
        Api.Res health = api.get("/health", null).expect(200);
        assertEquals("UP", health.text("status"));
        assertEquals("OPEN", health.text("details.plugins.details." + plugin + ".circuit"));
    }

    @Test
    void aPluginAnsweringNothingFailsAndTheWatermarkStays() {
        long partner = partnerOf(install(TestPlugins.NULL));

        Api.Res res = api.post("/api/v1/admin/partners/" + partner + "/sales-sync", admin, "");

        assertEquals(502, res.status());
        assertEquals("PLUGIN_FAILED", res.code());
        assertTrue(res.text("detail").contains("unusable answer"), res.raw());
        Instant watermark = sync.watermark(partner).orElseThrow();
        assertTrue(watermark.isBefore(Instant.now().minus(Duration.ofHours(23))), "still the first look-back: " + watermark);
    }

    @Test
    void aPluginInstalledWithoutExtensionIndexIsAnErrorNotZeroOrders() {
        long partner = fund.add("无索引", "indexless").id();

        Api.Res res = api.post("/api/v1/admin/partners/" + partner + "/sales-sync", admin, "");

        assertEquals(503, res.status());
        assertEquals("PLUGIN_UNAVAILABLE", res.code());
        assertTrue(res.text("detail").contains("extensions.idx"), res.raw());
        Api.Res listed = api.get("/api/v1/admin/plugins/indexless", admin).expect(200);
        assertTrue(listed.text("lastError").contains("extensions.idx"), listed.raw());
        assertEquals(List.of(), fund.intakesOf(partner));
    }

    @Test
    void aPartnerIsPulledByOneSyncAtATime() throws Exception {
        long partner = partnerOf(install("try { Thread.sleep(600); } catch (InterruptedException e) { }\n"
                + TestPlugins.oneLine("slow")));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Api.Res>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(threads.submit(() -> api.post("/api/v1/admin/partners/" + partner + "/sales-sync", admin, "")));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<Api.Res> answer : answers) {
                Api.Res res = answer.get();
                outcomes.add(res.status() == 200 ? res.text("outcome") : res.code());
            }

            assertEquals(1, outcomes.stream().filter("OK"::equals).count(), outcomes.toString());
            assertEquals(3, outcomes.stream().filter("SYNC_IN_PROGRESS"::equals).count(), outcomes.toString());
            assertEquals(1, api.get("/api/v1/admin/partners/" + partner + "/sales-sync/pulls", admin).number("total"));
            assertEquals(1, fund.intakesOf(partner).size());
        } finally {
            threads.shutdownNow();
        }
    }

    private String install(String pull) {
        String id = "faulty-" + UUID.randomUUID().toString().substring(0, 8);
        PluginTestSupport.upload(api, admin, TestPlugins.build(TestPlugins.Spec.of(id, "1.0.0", pull), work)).expect(201);
        return id;
    }

    private long partnerOf(String plugin) {
        return fund.add("合作方 " + plugin, plugin).id();
    }
}
