package org.xinqiao.need;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A village's three ledgers (三单台账, RULES.md §3) for one civil month in Asia/Shanghai: the needs declared
 * in the month, the needs served in it, and the needs whose feedback was given in it. Each list is in time order.
 *
 * @param month the month as {@code yyyy-MM}
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Ledgers(long villageId, String month, List<NeedView> needList, List<NeedStatusChangeView> serviceList,
                      List<NeedStatusChangeView> feedbackList) {

    public Ledgers {
        needList = List.copyOf(needList);
        serviceList = List.copyOf(serviceList);
        feedbackList = List.copyOf(feedbackList);
    }
}
