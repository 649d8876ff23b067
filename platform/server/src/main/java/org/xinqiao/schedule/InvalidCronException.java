package org.xinqiao.schedule;

/**
 * A schedule an administrator may not save: the cron does not parse, never fires, or the time zone is
 * unknown. The message is the reason, written for the administrator who typed the value.
 */
public class InvalidCronException extends RuntimeException {

    public InvalidCronException(String reason) {
        // a rejected input, not a fault: the stack trace would only fill the log
        super(reason, null, false, false);
    }

    public String reason() {
        return getMessage();
    }
}
