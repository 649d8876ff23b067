package org.xinqiao.plugin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xinqiao.plugin.api.WebhookReply;
import org.xinqiao.plugin.api.WebhookRequest;

/**
 * Platforms' pushes. Anonymous: the plugin verifies the platform's signature over the raw bytes, which therefore
 * reach it exactly as they arrived.
 */
@Controller("/api/v1/webhooks")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Plugins")
class WebhookController {

    private final PluginService plugins;

    WebhookController(PluginService plugins) {
        this.plugins = plugins;
    }

    @Post(uri = "/{pluginId}/{partnerId}", consumes = MediaType.ALL, produces = MediaType.ALL)
    HttpResponse<byte[]> receive(String pluginId, long partnerId, HttpRequest<?> request, @Body @Nullable byte[] body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : request.getHeaders().names()) {
            headers.put(name, request.getHeaders().getAll(name));
        }
        WebhookReply reply = plugins.webhook(pluginId, partnerId,
                new WebhookRequest(headers, body == null ? new byte[0] : body));
        return HttpResponse.<byte[]>status(io.micronaut.http.HttpStatus.OK).status(reply.status())
                .contentType(reply.contentType()).body(reply.body());
    }
}
