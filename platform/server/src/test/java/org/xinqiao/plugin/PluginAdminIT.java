package org.xinqiao.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xinqiao.plugin.api.SaleLine;
import org.xinqiao.support.Api;

/** Installing, upgrading, enabling, disabling and removing plugins through the administrators' API. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PluginAdminIT implements TestPropertyProvider {

    private final Path dir = PluginTestSupport.freshDir("admin");
    private final Path work = PluginTestSupport.freshDir("admin-work");

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    TestPartnerSales fund;
    @Inject
    PluginHost host;

    Api api;
    String admin;

    @Override
    public Map<String, String> getProperties() {
        PluginTestSupport.copyInto(dir, PluginTestSupport.livestreamJar());
        TestPlugins.plainJar(dir, "left-over.jar");
        return Map.of("xinqiao.plugins.dir", dir.toString(), "xinqiao.plugins.test-partners", "true");
    }

    @BeforeAll
    void login() {
        api = new Api(server, json);
        admin = api.adminToken();
    }

    @Test
    void theInstalledLivestreamPluginIsListedStartedWithItsExtension() {
        Api.Res list = api.get("/api/v1/admin/plugins", admin).expect(200);

        io.micronaut.json.tree.JsonNode store = PluginTestSupport.listed(list, "livestream-store");
        assertEquals("STARTED", store.get("state").getStringValue());
        assertEquals("0.1.0-SNAPSHOT", store.get("version").getStringValue());
        assertEquals("Xinqiao", store.get("provider").getStringValue());
        assertEquals("org.xinqiao.plugin.livestream.LivestreamCommerce", store.get("extensions").get(0).getStringValue());
        assertEquals("CLOSED", store.get("circuit").getStringValue());
    }

    @Test
    void aBrokenFileInThePluginsDirectoryIsListedAsInvalidAndTheServerRuns() {
        Api.Res list = api.get("/api/v1/admin/plugins", admin).expect(200);

        io.micronaut.json.tree.JsonNode broken = PluginTestSupport.listed(list, "left-over");
        assertEquals("INVALID", broken.get("state").getStringValue());
        assertTrue(broken.get("lastError").getStringValue().contains("no PF4J manifest"));
    }

    @Test
    void aJarWhosePluginClassIsMissingIsRefusedAtUploadAndNothingIsInstalled() throws IOException {
        Path jar = TestPlugins.build(TestPlugins.Spec.of("no-class", "1.0.0", TestPlugins.NULL).namingAMissingPluginClass(), work);
        long before = filesIn(dir);

        Api.Res res = PluginTestSupport.upload(api, admin, jar);

        assertEquals(422, res.status());
        assertEquals("PLUGIN_FILE_INVALID", res.code());
        assertEquals(before, filesIn(dir));
        assertEquals(404, api.get("/api/v1/admin/plugins/no-class", admin).status());
    }

    @Test
    void aJarWithoutManifestIsRefusedAtUploadAndNothingIsInstalled() throws IOException {
        Path jar = TestPlugins.build(TestPlugins.Spec.of("no-manifest", "1.0.0", TestPlugins.NULL).withoutManifest(), work);
        long before = filesIn(dir);

        Api.Res res = PluginTestSupport.upload(api, admin, jar);

        assertEquals(422, res.status());
        assertEquals("PLUGIN_MANIFEST_MISSING", res.code());
        assertEquals("file", res.text("errors.0.field"));
        assertEquals(before, filesIn(dir));
    }

    @Test
    void aJarBundlingThePluginApiIsRefusedWithAMessageSayingSo() {
        Path jar = TestPlugins.build(TestPlugins.Spec.of("bundler", "1.0.0", TestPlugins.NULL).bundlingTheApi(), work);

        Api.Res res = PluginTestSupport.upload(api, admin, jar);

        assertEquals(422, res.status());
        assertEquals("PLUGIN_BUNDLES_API", res.code());
        assertTrue(res.text("detail").contains("bundles a copy of plugin-api"), res.raw());
        assertEquals(404, api.get("/api/v1/admin/plugins/bundler", admin).status());
    }

    @Test
    void aJarWithoutExtensionIndexIsRefused() {
        Path jar = TestPlugins.build(TestPlugins.Spec.of("no-index", "1.0.0", TestPlugins.NULL).withoutIndex(), work);

        Api.Res res = PluginTestSupport.upload(api, admin, jar);

        assertEquals(422, res.status());
        assertEquals("PLUGIN_EXTENSION_INDEX_MISSING", res.code());
    }

    @Test
    void aPluginForAnotherApiVersionIsRefused() {
        Path jar = TestPlugins.build(TestPlugins.Spec.of("future", "1.0.0", TestPlugins.NULL).requires(">=2.0.0 & <3.0.0"),
                work);

        Api.Res res = PluginTestSupport.upload(api, admin, jar);

        assertEquals(422, res.status());
        assertEquals("PLUGIN_REQUIRES_UNMET", res.code());
    }

    @Test
    void anUpgradeReplacesTheClassesAndLetsTheOldClassLoaderGo() throws Exception {
        String id = "versioned-" + UUID.randomUUID().toString().substring(0, 8);
        PartnerSales.PartnerView partner = fund.add("升级测试", id);
        PluginTestSupport.upload(api, admin, TestPlugins.build(TestPlugins.Spec.of(id, "1.0.0",
                TestPlugins.oneLine("v1")), work)).expect(201);
        api.post("/api/v1/admin/partners/" + partner.id() + "/sales-sync", admin, "").expect(200);
        WeakReference<ClassLoader> oldLoader = new WeakReference<>(host.classLoaderOf(id).orElseThrow());
        Path oldFile = dir.resolve(id + "-1.0.0.jar");
        assertTrue(Files.exists(oldFile));

        Api.Res upgraded = PluginTestSupport.upload(api, admin, TestPlugins.build(TestPlugins.Spec.of(id, "2.0.0",
                TestPlugins.oneLine("v2")), work));
        api.post("/api/v1/admin/partners/" + partner.id() + "/sales-sync", admin, "").expect(200);

        upgraded.expect(201);
        assertEquals("2.0.0", upgraded.text("version"));
        assertEquals("STARTED", upgraded.text("state"));
        List<String> products = fund.intakesOf(partner.id()).stream()
                .flatMap(intake -> intake.lines().stream()).map(SaleLine::productName).toList();
        assertEquals(List.of("v1", "v2"), products);
        assertFalse(Files.exists(oldFile), "the old version's file is deleted");
        assertTrue(Files.exists(dir.resolve(id + "-2.0.0.jar")));
        assertTrue(collected(oldLoader), "the old version's class loader is still reachable");
    }

    @Test
    void aDisabledPluginStaysInstalledAndIsStartedAgainWhenEnabled() throws Exception {
        String id = "toggled-" + UUID.randomUUID().toString().substring(0, 8);
        PluginTestSupport.upload(api, admin, TestPlugins.build(TestPlugins.Spec.of(id, "1.0.0",
                TestPlugins.oneLine("x")), work)).expect(201);

        Api.Res disabled = PluginTestSupport.postEmpty(api, "/api/v1/admin/plugins/" + id + "/disable", admin);
        Api.Res enabled = PluginTestSupport.postEmpty(api, "/api/v1/admin/plugins/" + id + "/enable", admin);

        assertEquals("DISABLED", disabled.expect(200).text("state"));
        assertEquals("STARTED", enabled.expect(200).text("state"));
    }

    @Test
    void aRemovedPluginIsGoneWithItsFile() {
        String id = "removed-" + UUID.randomUUID().toString().substring(0, 8);
        PluginTestSupport.upload(api, admin, TestPlugins.build(TestPlugins.Spec.of(id, "1.0.0",
                TestPlugins.oneLine("x")), work)).expect(201);

        PluginTestSupport.delete(api, "/api/v1/admin/plugins/" + id, admin).expect(204);

        assertEquals(404, api.get("/api/v1/admin/plugins/" + id, admin).status());
        assertFalse(Files.exists(dir.resolve(id + "-1.0.0.jar")));
    }

    @Test
    void onlyAdministratorsManagePlugins() {
        String username = "staff-" + UUID.randomUUID().toString().substring(0, 8);
        api.post("/api/v1/admin/accounts", admin, """
                {"username":"%s","password":"a-long-password","displayName":"站长","roles":["STATION_STAFF"]}"""
                .formatted(username)).expect(201);
        String staff = api.passwordLogin(username, "a-long-password");

        assertEquals(403, api.get("/api/v1/admin/plugins", staff).status());
        assertEquals(401, api.get("/api/v1/admin/plugins", null).status());
    }

    private static boolean collected(WeakReference<ClassLoader> ref) throws InterruptedException {
        for (int i = 0; i < 50 && ref.get() != null; i++) {
            System.gc();
            byte[][] pressure = new byte[16][];
            for (int j = 0; j < pressure.length; j++) {
                pressure[j] = new byte[1 << 20];
            }
            Thread.sleep(100);
        }
        return ref.get() == null;
    }

    private static long filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
