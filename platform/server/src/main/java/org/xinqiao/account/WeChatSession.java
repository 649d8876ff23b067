package org.xinqiao.account;

import io.micronaut.core.annotation.Nullable;

/** What {@code jscode2session} tells us of a user. {@code unionid} is absent unless the app is bound to an open platform. */
record WeChatSession(String openid, @Nullable String unionid, String sessionKey, @Nullable String nickname) {

    @Override
    public String toString() {
        return "WeChatSession[openid=" + openid + "]"; // the session key never reaches a log line
    }
}
