package org.xinqiao.schedule;

/**
 * The work behind one schedule key of RULES §6. A feature provides it as a {@code @Prototype} bean named
 * after the key ({@code @Named("ledger-report")}) and keeps it thin: one call into its own service.
 * <p>
 * The scheduler records each firing once in the run history before calling {@link #run}; a duplicate
 * delivery of the same firing never reaches the job. The job must still be idempotent for its period
 * (use {@link Firing#key()} or a period key as the business reference): an administrator may trigger it
 * again by hand. A job that throws is recorded FAILED with its error; the next firing runs as usual.
 * A key without a bean is recorded NOT_AVAILABLE.
 */
public interface ScheduledJob {

    JobResult run(Firing firing) throws Exception;
}
