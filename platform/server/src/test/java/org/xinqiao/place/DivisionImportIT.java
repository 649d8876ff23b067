package org.xinqiao.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.xinqiao.support.Api;
import org.xinqiao.support.WithFakeWeChat;

/** The real divisions of 钟祥市 and 库尔勒市: 57 townships, 734 villages. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DivisionImportIT implements WithFakeWeChat {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    Api api() {
        return new Api(server, json);
    }

    private Api.Res upload(String token, String townships, String villages) {
        String boundary = "xq-" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        if (townships != null) {
            body.append(part(boundary, "townships", townships));
        }
        if (villages != null) {
            body.append(part(boundary, "villages", villages));
        }
        body.append("--").append(boundary).append("--\r\n");
        return api().send(api().builder("/api/v1/admin/divisions/import", token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    private static String part(String boundary, String name, String content) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + name + ".csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + content + "\r\n";
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DivisionImportIT.class.getResourceAsStream("/divisions/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    @Order(1)
    void aFileWithABadRowIsRefusedWholeWithItsLineNumber() throws IOException {
        String villages = resource("villages.csv") + "42088110199,坏编码村,420881101,420881\n";

        Api.Res res = upload(api().adminToken(), resource("townships.csv"), villages);

        assertEquals(422, res.status());
        assertEquals("INVALID_IMPORT", res.code());
        assertEquals("villages line 736", res.text("errors.0.field"));
        assertEquals(0, api().get("/api/v1/villages?divisionCode=420881", api().adminToken()).number("total"),
                "nothing of the file was kept");
    }

    @Test
    @Order(2)
    void theTwoCountiesImportWithEveryTownshipAndVillage() throws IOException {
        Api.Res res = upload(api().adminToken(), resource("townships.csv"), resource("villages.csv"));

        res.expect(200);
        assertEquals(57, res.number("townshipsAdded"));
        assertEquals(734, res.number("villagesAdded"));
        Api.Res changshou = api().get("/api/v1/villages?divisionCode=420881101&size=100", api().adminToken()).expect(200);
        assertEquals(16, changshou.number("total"));
        assertEquals("长寿社区居委会", changshou.text("items.0.name"));
        assertEquals("长寿镇", changshou.text("items.0.township.name"));
        assertEquals("钟祥市", changshou.text("items.0.county.name"));
        assertEquals("湖北省", changshou.text("items.0.province"));
    }

    @Test
    @Order(3)
    void reImportingTheSameFilesChangesNothing() throws IOException {
        Api.Res res = upload(api().adminToken(), resource("townships.csv"), resource("villages.csv"));

        res.expect(200);
        assertEquals(0, res.number("townshipsAdded") + res.number("townshipsUpdated"));
        assertEquals(57, res.number("townshipsUnchanged"));
        assertEquals(0, res.number("villagesAdded") + res.number("villagesUpdated"));
        assertEquals(734, res.number("villagesUnchanged"));
    }

    @Test
    @Order(4)
    void aVillageWhoseTownshipIsUnknownIsRefused() {
        Api.Res res = upload(api().adminToken(), null, "code,name,township_code,county_code\n999999999001,某村,999999999,999999\n");

        assertEquals(422, res.status());
        assertTrue(res.text("errors.0.message").contains("999999999"));
    }

    @Test
    void onlyAdministratorsImport() {
        String guardian = api().weChatLogin("ok-" + UUID.randomUUID());

        assertEquals(403, upload(guardian, "code,name,county_code,county,city,province\n", null).status());
    }
}
