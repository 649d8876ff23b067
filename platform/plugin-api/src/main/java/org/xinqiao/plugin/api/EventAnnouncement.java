package org.xinqiao.plugin.api;

import java.time.Instant;
import java.util.Objects;

/**
 * One of our events to announce on a partner's platform.
 *
 * @param eventId the server's id of the event, also the idempotency key
 * @param title a short title
 * @param description what happens, for whom
 * @param startsAt when it starts
 * @param place where it happens (a station, a village hall, or "online")
 */
public record EventAnnouncement(String eventId, String title, String description, Instant startsAt, String place) {

    /**
     * Checks the announcement.
     *
     * @throws NullPointerException if a component is null
     */
    public EventAnnouncement {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(place, "place");
    }
}
