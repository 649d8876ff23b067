package org.xinqiao.plugin.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One page request of {@link CommercePlatform#pullOrders}: order lines created or changed in
 * {@code [from, to)}, starting at {@code cursor} (none for the first page).
 *
 * @param from the window's inclusive start
 * @param to the window's exclusive end, after {@code from}
 * @param cursor the opaque cursor a previous {@link OrderPage} returned, or {@code null}
 */
public record OrderQuery(Instant from, Instant to, String cursor) {

    /**
     * Checks the window.
     *
     * @throws NullPointerException if {@code from} or {@code to} is null
     * @throws IllegalArgumentException if {@code to} is not after {@code from}
     */
    public OrderQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("the window must end after it starts: " + from + " .. " + to);
        }
    }

    /**
     * The first page of a window.
     *
     * @param from the window's inclusive start
     * @param to the window's exclusive end
     * @return a query without cursor
     */
    public static OrderQuery firstPage(Instant from, Instant to) {
        return new OrderQuery(from, to, null);
    }

    /**
     * The page after {@code page}, in the same window.
     *
     * @param page a page returned for this query
     * @return the query for the next page
     * @throws IllegalStateException if {@code page} was the last one
     */
    public OrderQuery next(OrderPage page) {
        return new OrderQuery(from, to, page.nextCursor().orElseThrow(
                () -> new IllegalStateException("that was the last page")));
    }

    /**
     * The cursor, if this is not the first page.
     *
     * @return the cursor to resume from
     */
    public Optional<String> pageCursor() {
        return Optional.ofNullable(cursor);
    }
}
