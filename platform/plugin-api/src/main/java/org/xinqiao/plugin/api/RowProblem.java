package org.xinqiao.plugin.api;

import java.util.Objects;

/**
 * Why one row of an order file was rejected.
 *
 * @param lineNumber the row's line in the file, counting the heading as line 1
 * @param column the heading of the offending column, or {@code null} if the whole row is at fault
 * @param message what is wrong, for the partner to fix
 */
public record RowProblem(long lineNumber, String column, String message) {

    /**
     * Checks the problem.
     *
     * @throws NullPointerException if the message is null
     * @throws IllegalArgumentException if the line number is below 1
     */
    public RowProblem {
        Objects.requireNonNull(message, "message");
        if (lineNumber < 1) {
            throw new IllegalArgumentException("lineNumber starts at 1: " + lineNumber);
        }
    }
}
