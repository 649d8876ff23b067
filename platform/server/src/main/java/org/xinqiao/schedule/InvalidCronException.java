package org.xinqiao.schedule;

import java.util.List;

import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;
import org.xinqiao.common.FieldError;

/**
 * A schedule an administrator may not save: the cron does not parse, never fires, or the time zone is
 * unknown. The message is the reason, written for the administrator who typed the value; the API answers
 * 422 {@code INVALID_CRON} with it.
 */
public class InvalidCronException extends DomainException {

    public InvalidCronException(String reason) {
        this("cron", reason);
    }

    InvalidCronException(String field, String reason) {
        super(ErrorCode.INVALID_CRON, reason, List.of(new FieldError(field, reason)), null);
    }

    public String reason() {
        return getMessage();
    }
}
