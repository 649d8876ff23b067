package org.xinqiao.plugin.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A push from a platform, exactly as it arrived: signatures are computed over these bytes, so the
 * server never re-encodes the body.
 *
 * @param headers the HTTP headers; names as received (look them up with {@link #header})
 * @param body the raw body
 */
public record WebhookRequest(Map<String, List<String>> headers, byte[] body) {

    /**
     * Copies headers and body.
     *
     * @throws NullPointerException if a component is null
     */
    public WebhookRequest {
        headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
        body = Objects.requireNonNull(body, "body").clone();
    }

    /**
     * The first value of a header, its name compared without regard to case.
     *
     * @param name the header's name
     * @return its first value, if the header is present
     */
    public Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream())
                .findFirst();
    }

    /**
     * A copy of the raw body.
     *
     * @return the body's bytes
     */
    @Override
    public byte[] body() {
        return body.clone();
    }
}
