package org.xinqiao.schedule;

import java.util.Objects;

/** What a {@link ScheduledJob} reports about one firing: the outcome and a line for the run history. */
public record JobResult(RunOutcome outcome, String detail) {

    public JobResult {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == RunOutcome.FAILED) {
            throw new IllegalArgumentException("a failing job throws; its error is recorded as FAILED");
        }
    }

    public static JobResult done(String detail) {
        return new JobResult(RunOutcome.SUCCESS, detail);
    }

    public static JobResult skipped(String reason) {
        return new JobResult(RunOutcome.SKIPPED, reason);
    }

    /** {@code feature} as it reads in a sentence: "the disclosure feature". */
    public static JobResult notAvailable(String feature) {
        String text = Character.toUpperCase(feature.charAt(0)) + feature.substring(1);
        return new JobResult(RunOutcome.NOT_AVAILABLE, text + " is not available yet");
    }
}
