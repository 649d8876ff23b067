package org.xinqiao.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xinqiao.support.Api;
import org.xinqiao.support.Db;
import org.xinqiao.support.WithFakeWeChat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsIT implements WithFakeWeChat {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    DataSource dataSource;

    Api api() {
        return new Api(server, json);
    }

    @Test
    void healthReportsTheDatabase() {
        Api.Res res = api().get("/health", null).expect(200);

        assertEquals("UP", res.text("status"));
        assertEquals("UP", res.text("details.jdbc.status"));
    }

    @Test
    void metricsAreInPrometheusFormat() {
        Api.Res res = api().get("/metrics", null).expect(200);

        assertTrue(res.raw().contains("# TYPE jvm_memory_used_bytes gauge"), res.raw().substring(0, Math.min(300, res.raw().length())));
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        Api.Res res = api().get("/swagger/xinqiao.yml", null).expect(200);

        assertTrue(res.raw().contains("/api/v1/auth/wechat"));
        assertTrue(res.raw().contains("/api/v1/children/{id}"));
    }

    @Test
    void theOpenApiDocumentHasABrowsableUi() {
        Api.Res res = api().get("/swagger-ui/index.html", null).expect(200);

        assertTrue(res.raw().contains("/swagger/xinqiao.yml'"), "the UI loads our document");
        api().get("/swagger-ui/res/swagger-ui-bundle.js", null).expect(200);
    }

    @Test
    void timesAreStoredAsUtcWallTime() throws Exception {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        api().weChatLogin("ok-" + UUID.randomUUID());

        // read as text, so no driver or JVM zone can convert it back
        String text = new Db(dataSource).text("SELECT CAST(MAX(created_at) AS CHAR(26)) FROM account");
        LocalDateTime stored = LocalDateTime.parse(text.substring(0, 19).replace(' ', 'T'));
        Instant asUtc = stored.toInstant(ZoneOffset.UTC);
        assertTrue(!asUtc.isBefore(before) && asUtc.isBefore(before.plusSeconds(60)), stored + " is not UTC near " + before);
    }
}
