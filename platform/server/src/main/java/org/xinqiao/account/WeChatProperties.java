package org.xinqiao.account;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** {@code xinqiao.wechat.*}: where and as which mini-program we call WeChat, and how long we wait. */
@ConfigurationProperties("xinqiao.wechat")
record WeChatProperties(String baseUrl, String appId, String appSecret, Duration connectTimeout, Duration readTimeout,
                        boolean devGateway) {
}
