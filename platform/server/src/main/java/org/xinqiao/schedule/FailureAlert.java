package org.xinqiao.schedule;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells staff about a failed run by posting to {@code xinqiao.schedule.alert-webhook-url} in the shape of a
 * WeCom (企业微信) group robot: {@code {"msgtype":"text","text":{"content":...}}}. Best effort: an alert that
 * cannot be delivered is logged, never allowed to fail the run's bookkeeping.
 */
@Singleton
class FailureAlert {

    private static final Logger LOG = LoggerFactory.getLogger(FailureAlert.class);

    private final ScheduleProperties settings;
    private final JsonMapper json;
    private final HttpClient http;

    FailureAlert(ScheduleProperties settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(settings.alertTimeout()).build();
    }

    void failed(Firing firing, String instanceId, String error) {
        if (!settings.alerts()) {
            return;
        }
        String content = "心桥定时任务失败 / scheduled job failed: " + firing.scheduleKey()
                + "\nfire time: " + firing.wallClock().toOffsetDateTime()
                + "\ninstance: " + instanceId
                + "\nerror: " + error;
        try {
            String body = json.writeValueAsString(Map.of("msgtype", "text", "text", Map.of("content", content)));
            HttpRequest request = HttpRequest.newBuilder(URI.create(settings.alertWebhookUrl()))
                    .timeout(settings.alertTimeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                LOG.warn("The failure alert for {} was answered {}: {}", firing.key(), response.statusCode(), response.body());
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("The failure alert for {} could not be sent: {}", firing.key(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
