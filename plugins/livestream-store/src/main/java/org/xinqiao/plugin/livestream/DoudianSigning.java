package org.xinqiao.plugin.livestream;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Douyin shop open platform's two signatures.
 *
 * <p><b>Requests</b> (抖店开放平台 "API调用指南 / 签名算法", sign_method=hmac-sha256): the string
 * {@code app_secret + "app_key" + app_key + "method" + method + "param_json" + param_json +
 * "timestamp" + timestamp + "v" + v + app_secret}, HMAC-SHA256 keyed by app_secret, lower-case
 * hex. access_token and sign_method are not signed. The same recipe is in the platform's own Go
 * SDK ({@code utils/sign_util.go Sign}, vendored by github.com/zsmhub/doudian-sdk) and in the
 * community SDKs minibear2021/doudian {@code _sign} and fudiwei/DotNetCore.SKIT.FlurlHttpClient.ByteDance
 * {@code DouyinShopRequestSignInterceptor}.
 *
 * <p><b>Push messages</b> (消息推送服务接入指南, op.jinritemai.com/docs/guide-docs/153/99): the
 * {@code event-sign} header is MD5 of {@code app_key + body + app_secret}, lower-case hex, over
 * the body bytes as received; {@code app-id} carries the app key (zsmhub/doudian-sdk {@code
 * message/doudian_sign.go}, minibear2021/doudian {@code callback}, fudiwei {@code
 * VerifyEventSignature}).
 */
final class DoudianSigning {

    static final String VERSION = "2";
    static final String SIGN_METHOD = "hmac-sha256";

    private DoudianSigning() {
    }

    static String requestSign(String appKey, String appSecret, String method, String paramJson, String timestamp) {
        String plain = appSecret + "app_key" + appKey + "method" + method + "param_json" + paramJson
                + "timestamp" + timestamp + "v" + VERSION + appSecret;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    static boolean isValidEventSign(String appKey, String appSecret, byte[] body, String eventSign) {
        if (eventSign == null) {
            return false;
        }
        MessageDigest md5 = md5();
        md5.update(appKey.getBytes(StandardCharsets.UTF_8));
        md5.update(body);
        md5.update(appSecret.getBytes(StandardCharsets.UTF_8));
        byte[] expected = HexFormat.of().formatHex(md5.digest()).getBytes(StandardCharsets.US_ASCII);
        byte[] given = eventSign.trim().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }
}
