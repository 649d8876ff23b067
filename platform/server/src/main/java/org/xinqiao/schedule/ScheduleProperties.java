package org.xinqiao.schedule;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code xinqiao.schedule.*}: the scheduler's name (shared by every instance on one database), this
 * instance's id ({@code AUTO}: host name and start time), its worker threads, and the webhook a failed run
 * alerts (a WeCom group robot's URL; empty = no alert).
 */
@ConfigurationProperties("xinqiao.schedule")
record ScheduleProperties(@Bindable(defaultValue = "xinqiao") String schedulerName,
                          @Bindable(defaultValue = "AUTO") String instanceId,
                          @Bindable(defaultValue = "4") int threadCount,
                          @Nullable String alertWebhookUrl,
                          @Bindable(defaultValue = "5s") Duration alertTimeout) {

    boolean alerts() {
        return alertWebhookUrl != null && !alertWebhookUrl.isBlank();
    }
}
