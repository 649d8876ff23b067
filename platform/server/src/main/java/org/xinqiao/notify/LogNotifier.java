package org.xinqiao.notify;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The embedded default: notifications go to the log, so the product runs without WeChat. */
@Singleton
@Requires(property = "xinqiao.notify.sender", value = "log", defaultValue = "log")
class LogNotifier implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(LogNotifier.class);

    @Override
    public boolean send(Notification notification) {
        LOG.info("notify account {}: {} {} {}", notification.accountId(), notification.template(), notification.page(),
                notification.data());
        return true;
    }
}
