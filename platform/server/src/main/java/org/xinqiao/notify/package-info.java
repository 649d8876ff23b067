/**
 * Notifications to people's phones. {@link org.xinqiao.notify.Notifier} is the one way features send them; the
 * sender is chosen by {@code xinqiao.notify.sender}: {@code log} (the embedded default, writes a log line) or
 * {@code wechat} (a WeChat mini-program subscribe message).
 */
package org.xinqiao.notify;
