package org.xinqiao.plugin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One logged pull of a partner's orders. {@code outcome} is OK, FAILED (with the error; the watermark stayed) or
 * SKIPPED (the plugin is disabled or does not pull orders). {@code saleLines} and {@code orders} are what the plugin
 * returned over all pages; accepted … ignored what the fund's intake made of them.
 */
@Serdeable
public record PullView(long id, long partnerId, String pluginId, String outcome, @Nullable Instant windowFrom,
                       @Nullable Instant windowTo, int pages, int saleLines, int orders, int accepted, int duplicates,
                       int reversed, int ignored, @Nullable String error, Instant startedAt, Instant endedAt) {
}
