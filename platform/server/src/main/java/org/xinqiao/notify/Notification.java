package org.xinqiao.notify;

import java.util.Map;

/**
 * A message to one account: {@code template} names the kind of message (a key of
 * {@code xinqiao.notify.wechat.templates}), {@code page} the mini-program page it opens, {@code data} the template's
 * fields (WeChat keys such as {@code thing1}, {@code time2}).
 */
public record Notification(long accountId, String template, String page, Map<String, String> data) {
}
