package org.xinqiao.plugin.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of order lines and where the next page starts.
 *
 * @param lines the lines of this page, possibly none
 * @param cursor the opaque cursor of the next page, or {@code null} if this page is the last
 */
public record OrderPage(List<SaleLine> lines, String cursor) {

    /**
     * Copies the lines.
     *
     * @throws NullPointerException if {@code lines} is null
     */
    public OrderPage {
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
    }

    /**
     * The last page of a window.
     *
     * @param lines its lines
     * @return a page with no next cursor
     */
    public static OrderPage last(List<SaleLine> lines) {
        return new OrderPage(lines, null);
    }

    /**
     * The cursor to pass in the next {@link OrderQuery}, absent on the last page.
     *
     * @return the next page's cursor
     */
    public Optional<String> nextCursor() {
        return Optional.ofNullable(cursor);
    }
}
