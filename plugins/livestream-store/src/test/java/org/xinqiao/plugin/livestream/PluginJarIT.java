package org.xinqiao.plugin.livestream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.xinqiao.plugin.api.Capability;
import org.xinqiao.plugin.api.CommercePlatform;
import org.xinqiao.plugin.api.OrderPage;
import org.xinqiao.plugin.api.OrderQuery;
import org.xinqiao.plugin.api.PartnerContext;
import org.xinqiao.plugin.api.PluginApi;
import org.xinqiao.plugin.api.PluginLog;

/**
 * The packaged jar loads in PF4J the way the server loads it, and its extension works from there:
 * a signed call to the fake platform, answered and parsed with the JSON library relocated inside
 * the jar.
 */
class PluginJarIT {

    private PluginManager plugins;
    private final FakeDoudian platform = new FakeDoudian(Clock.systemUTC());

    @AfterEach
    void stop() {
        platform.close();
        if (plugins != null) {
            plugins.stopPlugins();
            plugins.unloadPlugins();
        }
    }

    @Test
    void theShadedJarStartsWithItsExtensionAndSignsItsCalls(@TempDir Path dir) throws IOException {
        Files.copy(Path.of(System.getProperty("plugin.jar", "target/livestream-store-0.1.0-SNAPSHOT.jar")),
                dir.resolve("livestream-store.jar"));
        plugins = new DefaultPluginManager(dir);
        plugins.setSystemVersion(PluginApi.VERSION);

        plugins.loadPlugins();
        plugins.startPlugins();

        assertEquals(PluginState.STARTED, plugins.getPlugin("livestream-store").getPluginState());
        List<CommercePlatform> platforms = plugins.getExtensions(CommercePlatform.class, "livestream-store");
        assertEquals(1, platforms.size());
        CommercePlatform store = platforms.get(0);
        assertTrue(store.capabilities().contains(Capability.PULL_ORDERS));

        platform.answerRaw("order.searchList", "{\"code\":10000,\"data\":{\"total\":0,\"shop_order_list\":[]}}");
        PartnerContext ctx = new PartnerContext("partner-7", Map.of("appKey", FakeDoudian.APP_KEY,
                "appSecret", FakeDoudian.APP_SECRET, "accessToken", FakeDoudian.ACCESS_TOKEN,
                "baseUrl", platform.baseUrl()), PluginLog.NONE);
        OrderPage page = store.pullOrders(ctx, OrderQuery.firstPage(
                Instant.parse("2026-03-02T12:00:00Z"), Instant.parse("2026-03-02T13:00:00Z")));

        assertTrue(page.lines().isEmpty());
        assertTrue(page.nextCursor().isEmpty());
        assertEquals(List.of(), platform.refusals());
    }
}
