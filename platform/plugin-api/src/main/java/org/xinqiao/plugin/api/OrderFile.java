package org.xinqiao.plugin.api;

import java.util.List;
import java.util.Objects;

/**
 * What an {@link OrderFileReader} made of a file: its lines, or why it was rejected; never both.
 *
 * @param lines the lines of an accepted file
 * @param problems the problems of a rejected file
 */
public record OrderFile(List<SaleLine> lines, List<RowProblem> problems) {

    /**
     * Copies both lists.
     *
     * @throws NullPointerException if a list is null
     * @throws IllegalArgumentException if there are lines and problems at once
     */
    public OrderFile {
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        if (!lines.isEmpty() && !problems.isEmpty()) {
            throw new IllegalArgumentException("a file with problems yields no lines");
        }
    }

    /**
     * An accepted file.
     *
     * @param lines its lines
     * @return the result
     */
    public static OrderFile accepted(List<SaleLine> lines) {
        return new OrderFile(lines, List.of());
    }

    /**
     * A rejected file.
     *
     * @param problems at least one problem
     * @return the result
     * @throws IllegalArgumentException if there is no problem
     */
    public static OrderFile rejected(List<RowProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rejected file has at least one problem");
        }
        return new OrderFile(List.of(), problems);
    }

    /**
     * Whether the file was accepted.
     *
     * @return {@code true} if there is no problem
     */
    public boolean isAccepted() {
        return problems.isEmpty();
    }
}
