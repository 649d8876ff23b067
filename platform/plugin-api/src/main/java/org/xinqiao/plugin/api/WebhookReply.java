package org.xinqiao.plugin.api;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What the server answers the platform after a push was read and recorded.
 *
 * @param status the HTTP status
 * @param contentType the body's media type
 * @param body the body, as the platform expects it
 */
public record WebhookReply(int status, String contentType, byte[] body) {

    /**
     * Copies the body.
     *
     * @throws NullPointerException if a component is null
     */
    public WebhookReply {
        Objects.requireNonNull(contentType, "contentType");
        body = Objects.requireNonNull(body, "body").clone();
    }

    /**
     * A 200 reply with a JSON body.
     *
     * @param json the JSON text
     * @return the reply
     */
    public static WebhookReply okJson(String json) {
        return new WebhookReply(200, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A copy of the body.
     *
     * @return the body's bytes
     */
    @Override
    public byte[] body() {
        return body.clone();
    }
}
