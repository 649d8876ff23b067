package org.xinqiao.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xinqiao.support.Api;

/** A server without the fund's PartnerSales starts, lists its plugins, and answers 503 where intake is needed. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WithoutFundIT {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    void syncAndPushesAnswerThatFundIntakeIsNotAvailable() {
        Api api = new Api(server, json);
        String admin = api.adminToken();

        Api.Res synced = api.post("/api/v1/admin/partners/1/sales-sync", admin, "");
        Api.Res pushed = api.send(api.builder("/api/v1/webhooks/livestream-store/1", null)
                .POST(HttpRequest.BodyPublishers.ofString("[]")));

        assertEquals(503, synced.status());
        assertEquals("FUND_INTAKE_UNAVAILABLE", synced.code());
        assertEquals(503, pushed.status());
        assertEquals("FUND_INTAKE_UNAVAILABLE", pushed.code());
        assertEquals(200, api.get("/api/v1/admin/plugins", admin).status());
    }
}
