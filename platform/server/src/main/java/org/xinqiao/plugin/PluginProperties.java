package org.xinqiao.plugin;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** {@code xinqiao.plugins.*}: where plugin files live, how long a call may take, how sync walks time. */
@ConfigurationProperties("xinqiao.plugins")
record PluginProperties(String dir, Duration callTimeout, int circuitFailures, Duration circuitOpenFor,
                        Duration syncOverlap, Duration syncMaxWindow, Duration syncLookBack, int syncMaxPages,
                        Duration syncLease) {
}
