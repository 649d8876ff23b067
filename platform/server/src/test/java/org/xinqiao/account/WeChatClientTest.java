package org.xinqiao.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;

class WeChatClientTest {

    @Test
    void withoutAnAppIdTheServerSaysWechatLoginIsNotConfigured() {
        WeChatClient client = new WeChatClient(new WeChatProperties("https://api.weixin.qq.com", "", "", Duration.ofSeconds(1),
                Duration.ofSeconds(1), false), null);

        DomainException refused = assertThrows(DomainException.class, () -> client.exchange("abc"));

        assertEquals(ErrorCode.WECHAT_UNAVAILABLE, refused.code());
    }
}
