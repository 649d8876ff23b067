package org.xinqiao.support;

import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;

/** Points the server's WeChat client at {@link FakeWeChat}. Test classes using it need {@code @TestInstance(PER_CLASS)}. */
public interface WithFakeWeChat extends TestPropertyProvider {

    @Override
    default Map<String, String> getProperties() {
        return Map.of("xinqiao.wechat.base-url", FakeWeChat.baseUrl());
    }
}
