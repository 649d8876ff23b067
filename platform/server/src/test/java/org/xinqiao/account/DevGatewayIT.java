package org.xinqiao.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.xinqiao.support.Api;

/** The dev-<name> gateway: on in the embedded default only, refused by production at start-up. */
class DevGatewayIT {

    @Test
    void productionRefusesToStartWithTheDevGatewayOn() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> WeChatLogin.refuseDevGatewayOutsideEmbedded(true, Set.of("test", "mysql")));

        assertTrue(refused.getMessage().contains("dev-gateway must be false"));
        assertThrows(IllegalStateException.class, () -> WeChatLogin.refuseDevGatewayOutsideEmbedded(true, Set.of("prod")));
    }

    @Test
    void theEmbeddedDefaultMayRunTheDevGateway() {
        assertDoesNotThrow(() -> WeChatLogin.refuseDevGatewayOutsideEmbedded(true, Set.of("test")));
        assertDoesNotThrow(() -> WeChatLogin.refuseDevGatewayOutsideEmbedded(false, Set.of("mysql")));
    }

    @Test
    void devCodesMapEachNameToOneStableAccount() {
        Assumptions.assumeFalse(String.valueOf(System.getenv("MICRONAUT_ENVIRONMENTS")).contains("mysql"),
                "the dev gateway exists only in the embedded (H2) default");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of("xinqiao.wechat.dev-gateway", true), "test")) {
            Api api = new Api(server, server.getApplicationContext().getBean(JsonMapper.class));

            long grandma = api.post("/api/v1/auth/wechat", null, "{\"code\":\"dev-grandma-li\"}").expect(200).number("account.id");
            long again = api.post("/api/v1/auth/wechat", null, "{\"code\":\"dev-grandma-li\"}").expect(200).number("account.id");
            long other = api.post("/api/v1/auth/wechat", null, "{\"code\":\"dev-grandpa-wang\"}").expect(200).number("account.id");

            assertEquals(grandma, again);
            assertNotEquals(grandma, other);
        }
    }
}
