package org.xinqiao.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xinqiao.support.Api;
import org.xinqiao.support.WithFakeWeChat;

/** Every error is problem+json with a stable code, never a stack trace. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemsIT implements WithFakeWeChat {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    Api api() {
        return new Api(server, json);
    }

    private static void assertProblem(Api.Res res, int status, String code) {
        assertEquals(status, res.status(), res.raw());
        assertEquals(code, res.code(), res.raw());
        assertEquals(status, res.number("status"));
        assertTrue(res.header("Content-Type").orElseThrow().startsWith("application/problem+json"), res.headers().toString());
        assertFalse(res.raw().contains("Exception"), res.raw());
        assertFalse(res.raw().contains("at org."), res.raw());
    }

    @Test
    void malformedJsonIs400() {
        assertProblem(api().post("/api/v1/auth/password", null, "{\"username\": \"a\", "), 400, "MALFORMED_REQUEST");
    }

    @Test
    void aWrongTypeIs400() {
        assertProblem(api().post("/api/v1/auth/password", null, "[1,2]"), 400, "MALFORMED_REQUEST");
    }

    @Test
    void failedValidationIs422WithFieldErrors() {
        Api.Res res = api().post("/api/v1/auth/password", null, "{\"username\":\"\",\"password\":\"x\"}");

        assertProblem(res, 422, "VALIDATION_FAILED");
        assertEquals("username", res.text("errors.0.field"));
    }

    @Test
    void anUnknownEnumValueIsAClearProblem() {
        String guardian = api().weChatLogin("ok-" + UUID.randomUUID());

        Api.Res res = api().post("/api/v1/children", guardian, """
                {"name":"x","gender":"ROBOT","birthDate":"2017-01-01","villageId":1,"relation":"GRANDPARENT","consent":true}""");

        assertTrue(res.status() == 400 || res.status() == 422, res.raw());
        assertFalse(res.raw().contains("Exception"), res.raw());
    }

    @Test
    void anUnknownRouteIs404() {
        assertProblem(api().get("/api/v1/no-such-thing", null), 404, "NOT_FOUND");
    }

    @Test
    void noTokenIs401() {
        assertProblem(api().get("/api/v1/me", null), 401, "UNAUTHENTICATED");
    }

    @Test
    void aWrongMethodIs405() {
        assertProblem(api().get("/api/v1/auth/password", null), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void anOversizedPageIs422() {
        String guardian = api().weChatLogin("ok-" + UUID.randomUUID());

        assertProblem(api().get("/api/v1/children?size=101", guardian), 422, "VALIDATION_FAILED");
    }
}
