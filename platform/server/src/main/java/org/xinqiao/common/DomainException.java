package org.xinqiao.common;

import java.time.Duration;
import java.util.List;

/**
 * A business rejection: carries its {@link ErrorCode} and details, knows nothing of HTTP.
 * Features throw it (or a subclass named after the condition); one handler turns it into problem+json.
 */
public class DomainException extends RuntimeException {

    private final ErrorCode code;
    private final List<FieldError> errors;
    private final Duration retryAfter;

    public DomainException(ErrorCode code, String detail) {
        this(code, detail, List.of(), null);
    }

    public DomainException(ErrorCode code, String detail, List<FieldError> errors, Duration retryAfter) {
        super(detail, null, false, false);
        this.code = code;
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
    }

    public static DomainException notFound(String what) {
        return new DomainException(ErrorCode.NOT_FOUND, what + " not found");
    }

    public static DomainException invalid(String field, String message) {
        return new DomainException(ErrorCode.VALIDATION_FAILED, field + ": " + message,
                List.of(new FieldError(field, message)), null);
    }

    public ErrorCode code() {
        return code;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
