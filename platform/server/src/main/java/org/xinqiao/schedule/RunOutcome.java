package org.xinqiao.schedule;

/** How a firing of a schedule ended. */
public enum RunOutcome {
    /** The job did its work (or found it done by an earlier run of the same period). */
    SUCCESS,
    /** The job threw; the error is in the run's detail, and the next firing runs as usual. */
    FAILED,
    /** There was nothing to do this time (say, no lecture planned for the day). */
    SKIPPED,
    /** The feature the job serves is not in this release yet; nothing was done. */
    NOT_AVAILABLE
}
