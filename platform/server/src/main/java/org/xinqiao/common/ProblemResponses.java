package org.xinqiao.common;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;

/**
 * The one place where every error becomes problem+json: our own {@link DomainException}s and every
 * error Micronaut raises itself (unreadable JSON, failed validation, unknown route, 401/403).
 * Unexpected errors answer 500 with no detail, so nothing internal leaks.
 */
@Singleton
final class ProblemResponses implements ErrorResponseProcessor<Problem> {

    private static final Map<Integer, ErrorCode> BY_STATUS = Map.of(
            400, ErrorCode.MALFORMED_REQUEST,
            401, ErrorCode.UNAUTHENTICATED,
            403, ErrorCode.FORBIDDEN,
            404, ErrorCode.NOT_FOUND,
            405, ErrorCode.METHOD_NOT_ALLOWED,
            413, ErrorCode.PAYLOAD_TOO_LARGE,
            415, ErrorCode.UNSUPPORTED_MEDIA_TYPE,
            422, ErrorCode.VALIDATION_FAILED,
            503, ErrorCode.SERVICE_UNAVAILABLE);

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        Throwable cause = context.getRootCause().orElse(null);
        if (cause instanceof DomainException domain) {
            return respond(response, domain);
        }
        Problem problem = fromFramework(context, cause, response.code());
        return response.status(HttpStatus.valueOf(problem.status()))
                .contentType(MediaType.of(Problem.MEDIA_TYPE))
                .body(problem);
    }

    static MutableHttpResponse<Problem> respond(MutableHttpResponse<?> response, DomainException e) {
        if (e.retryAfter() != null) {
            response.header("Retry-After", Long.toString(Math.max(1, e.retryAfter().toSeconds())));
        }
        return response.status(HttpStatus.valueOf(e.code().status()))
                .contentType(MediaType.of(Problem.MEDIA_TYPE))
                .body(Problem.of(e.code(), e.getMessage(), e.errors()));
    }

    private static Problem fromFramework(ErrorContext context, Throwable cause, int status) {
        if (cause instanceof ConstraintViolationException violations) {
            List<FieldError> errors = violations.getConstraintViolations().stream()
                    .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                    .sorted(java.util.Comparator.comparing(FieldError::field))
                    .toList();
            return Problem.of(ErrorCode.VALIDATION_FAILED, "The request has " + errors.size() + " invalid field(s)", errors);
        }
        if (cause instanceof ConversionErrorException conversion) {
            Argument<?> argument = conversion.getArgument();
            String field = argument == null ? "body" : argument.getName();
            return Problem.of(ErrorCode.MALFORMED_REQUEST, "The value of '" + field + "' could not be read",
                    List.of(new FieldError(field, "unreadable value")));
        }
        if (cause instanceof UnsatisfiedRouteException unsatisfied) {
            String field = unsatisfied.getArgument().getName();
            return Problem.of(ErrorCode.MALFORMED_REQUEST, "Required '" + field + "' is missing",
                    List.of(new FieldError(field, "is required")));
        }
        if (cause instanceof ContentLengthExceededException) {
            return Problem.of(ErrorCode.PAYLOAD_TOO_LARGE, "The request body is too large", List.of());
        }
        if (cause instanceof AuthorizationException authorization) {
            return authorization.isForbidden()
                    ? Problem.of(ErrorCode.FORBIDDEN, "Your roles do not allow this", List.of())
                    : Problem.of(ErrorCode.UNAUTHENTICATED, "A valid bearer token is required", List.of());
        }
        ErrorCode code = BY_STATUS.get(status);
        if (code == null) {
            return Problem.of(ErrorCode.INTERNAL_ERROR, "An unexpected error occurred", List.of());
        }
        String detail = switch (code) {
            case NOT_FOUND -> "No resource at " + context.getRequest().getPath();
            case MALFORMED_REQUEST -> "The request body is not valid JSON of the expected shape";
            default -> code.title();
        };
        return Problem.of(code, detail, List.of());
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // The path starts with the method and parameter names ("create.request.name"): clients know only the field.
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
}
