package org.xinqiao.plugin.livestream;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.xinqiao.plugin.api.PartnerContext;
import org.xinqiao.plugin.api.PluginException;

/**
 * A partner's settings for this plugin, read from {@link PartnerContext#settings()}; the keys are
 * listed in the module's README.
 */
record LivestreamSettings(
        String appKey,
        String appSecret,
        String accessToken,
        URI baseUrl,
        int pageSize,
        Duration timeout,
        List<String> agriculturalCategories,
        Optional<String> memberAppId,
        Optional<Integer> vipLevel) {

    static final URI PRODUCTION = URI.create("https://openapi-fxg.jinritemai.com");
    static final List<String> DEFAULT_AGRICULTURAL = List.of("生鲜", "农产品", "水果", "蔬菜", "粮油", "禽蛋", "水产", "茶叶");

    static LivestreamSettings of(PartnerContext ctx) {
        return new LivestreamSettings(
                ctx.requiredSetting("appKey"),
                ctx.requiredSetting("appSecret"),
                ctx.requiredSetting("accessToken"),
                ctx.setting("baseUrl").map(URI::create).orElse(PRODUCTION),
                number(ctx, "pageSize", 50, 1, 100),
                Duration.ofSeconds(number(ctx, "timeoutSeconds", 10, 1, 60)),
                ctx.setting("agriculturalCategories")
                        .map(v -> Arrays.stream(v.split("[,，]")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                        .orElse(DEFAULT_AGRICULTURAL),
                ctx.setting("memberAppId"),
                ctx.setting("vipLevel").map(v -> number(ctx, "vipLevel", 0, 1, 99)));
    }

    private static int number(PartnerContext ctx, String key, int fallback, int min, int max) {
        Optional<String> value = ctx.setting(key);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.get());
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new PluginException("setting '" + key + "' must be a whole number from " + min + " to " + max);
        }
    }
}
