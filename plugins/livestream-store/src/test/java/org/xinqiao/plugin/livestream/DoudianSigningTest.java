package org.xinqiao.plugin.livestream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Pins both signatures to fixed values. The inputs are the examples of the platform's "公共参数"
 * table (app_key, method, param_json, timestamp) and of the community SDK's README (app_secret);
 * the documentation shows no resulting sign, so the expected values were computed outside Java
 * (Python's hmac and hashlib) from the documented recipe.
 */
class DoudianSigningTest {

    private static final String APP_KEY = "3409409348479354011";
    private static final String APP_SECRET = "2ad2355c-01d0-11f8-91dc-05a8cd1054b1";

    @Test
    void theRequestSignatureOfTheDocumentedExample() {
        String sign = DoudianSigning.requestSign(
                APP_KEY, APP_SECRET, "product.getGoodsCategory", "{\"cid\":\"12\",\"page\":\"1\"}", "2020-09-15 14:48:13");

        assertEquals("7bb73a7e14f593bbac6615fc5c30bf6ccc348c060e80e9a2edd96744a1fb8312", sign);
    }

    @Test
    void theEventSignOfAnOrderPaidPush() {
        byte[] body = ("[{\"tag\":\"101\",\"msg_id\":\"7000000000000000001:0:101:1772453733\",\"data\":\"{\\\"p_id\\\":"
                + "6931001000000001,\\\"s_ids\\\":[6931001000000001],\\\"shop_id\\\":77977,\\\"order_status\\\":2,"
                + "\\\"pay_time\\\":1772453733,\\\"pay_amount\\\":7980}\"}]").getBytes(StandardCharsets.UTF_8);

        assertTrue(DoudianSigning.isValidEventSign(APP_KEY, APP_SECRET, body, "65dc02892a77916224871f72969c6958"));
        assertTrue(DoudianSigning.isValidEventSign(APP_KEY, APP_SECRET, body, "65DC02892A77916224871F72969C6958"));
        assertFalse(DoudianSigning.isValidEventSign(APP_KEY, APP_SECRET, body, "65dc02892a77916224871f72969c6959"));
        assertFalse(DoudianSigning.isValidEventSign(APP_KEY, APP_SECRET, body, null));
    }
}
