package org.xinqiao.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xinqiao.support.Api;
import org.xinqiao.support.WithFakeWeChat;

/**
 * A partner without an API sends its livestream store's order export; the bundled sales-file plugin reads it and
 * the fund counts exactly what the sample's README says: 5 agricultural, paid, unrefunded lines worth 500.10.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SalesFileImportIT implements WithFakeWeChat {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    Api api;
    FundWorld world;

    @Override
    public Map<String, String> getProperties() {
        try {
            Path dir = Files.createDirectories(Path.of("target", "plugin-tests", "sales-file-" + UUID.randomUUID())).toAbsolutePath();
            Path jar = Path.of(System.getProperty("salesfile.plugin.jar", "../../plugins/sales-file/target/sales-file-0.1.0-SNAPSHOT.jar"));
            Files.copy(jar, dir.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            Map<String, String> properties = new HashMap<>(WithFakeWeChat.super.getProperties());
            properties.put("xinqiao.plugins.dir", dir.toString());
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    void world() {
        api = new Api(server, json);
        world = new FundWorld(api, api.adminToken());
    }

    private static byte[] sample() throws IOException {
        try (InputStream in = SalesFileImportIT.class.getResourceAsStream("/orders/livestream-export-sample.csv")) {
            return in.readAllBytes();
        }
    }

    @Test
    void theSampleExportCountsItsFiveAgriculturalPaidLinesOnceEvenWhenSentAgain() throws IOException {
        FundWorld.PartnerWorld partner = world.partner("5000000.00");
        String path = "/api/v1/admin/partners/" + partner.id() + "/sales-files";

        Api.Res first = api.upload(path, partner.civilAffairs().token(), "file", "export.csv", sample());
        Api.Res again = api.upload(path, partner.civilAffairs().token(), "file", "export.csv", sample());

        first.expect(200);
        // 9 rows, one an exact repeat: 8 lines; counted: 6931001000000001-1, -2-1, -3-1, -5-1, -6-1; not counted: the phone
        // holder (not agricultural), -4-1 (refunded) and -7-1 (closed unpaid)
        assertEquals(8, first.number("lines"));
        assertEquals(5, first.number("accepted"));
        // the five counted sales and the refund the fund remembered (so its sale can never count later)
        assertEquals(6, again.expect(200).number("duplicates"));
        assertEquals(0, again.number("accepted"));
        Api.Res fund = world.fund(partner.id(), partner.civilAffairs().token(), 2026).expect(200);
        // 79.80 + 83.00 + 88.50 + 129.80 + 119.00
        assertEquals("500.10", fund.text("annualSales"));
        // a new partner accrues at the band of its declared 5,000,000.00: 8 % of each sale, HALF_UP to the fen:
        // 6.384→6.38, 6.64, 7.08, 10.384→10.38, 9.52
        assertEquals("40.00", fund.text("accrued"));
    }

    @Test
    void aFileWithABadRowImportsNothingAndNamesTheLine() throws IOException {
        FundWorld.PartnerWorld partner = world.partner("5000000.00");
        String bad = new String(sample(), StandardCharsets.UTF_8).replace("79.80,0.00,2026-03-02", "七十九,0.00,2026-03-02");

        Api.Res res = api.upload("/api/v1/admin/partners/" + partner.id() + "/sales-files", partner.civilAffairs().token(), "file",
                "export.csv", bad.getBytes(StandardCharsets.UTF_8));

        assertEquals(422, res.status());
        assertEquals("INVALID_IMPORT", res.code());
        assertEquals("line 2 订单应付金额", res.text("errors.0.field"));
        assertEquals("0.00", world.fund(partner.id(), partner.civilAffairs().token(), 2026).expect(200).text("annualSales"));
    }
}
