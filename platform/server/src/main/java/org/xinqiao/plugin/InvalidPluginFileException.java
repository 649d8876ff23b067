package org.xinqiao.plugin;

import java.util.List;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;
import org.xinqiao.common.FieldError;

/** An uploaded (or installed) file cannot be a plugin of this server; the message says what to change. */
final class InvalidPluginFileException extends DomainException {

    InvalidPluginFileException(ErrorCode code, String message) {
        super(code, message, List.of(new FieldError("file", message)), null);
    }
}
