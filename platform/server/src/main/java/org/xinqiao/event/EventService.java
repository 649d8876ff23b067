package org.xinqiao.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Clock;
import org.xinqiao.common.Page;

/** The events the recurring jobs create, and the list clients read. */
@Singleton
public class EventService {

    private final EventRepository events;
    private final Clock clock;

    EventService(EventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates the event of its period once: a second call for the same type and period key (a re-run, a manual
     * trigger, a concurrent run on another instance) returns the existing event with {@code created == false}.
     */
    public Created create(NewEvent request) {
        var existing = events.findByTypeAndPeriodKey(request.type(), request.periodKey());
        if (existing.isPresent()) {
            return new Created(EventView.of(existing.get()), false);
        }
        try {
            Event saved = events.save(new Event(null, request.type(), request.title(), request.startsAt().toInstant(),
                    request.startsAt().getZone().getId(), request.details(), request.audience(), request.link(),
                    request.periodKey(), request.createdByRun(), clock.instant()));
            return new Created(EventView.of(saved), true);
        } catch (DataAccessException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            return new Created(EventView.of(events.findByTypeAndPeriodKey(request.type(), request.periodKey()).orElseThrow()), false);
        }
    }

    /** Events by start, latest first; all types when {@code type} is null. */
    public Page<EventView> list(@Nullable EventType type, Pageable pageable) {
        Pageable latestFirst = Pageable.from(pageable.getNumber(), pageable.getSize(),
                Sort.of(Sort.Order.desc("startsAt"), Sort.Order.desc("id")));
        return Page.of(type == null ? events.findAll(latestFirst) : events.findByType(type, latestFirst), EventView::of);
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /** The event of the period, and whether this call created it. */
    public record Created(EventView event, boolean created) {
    }
}
