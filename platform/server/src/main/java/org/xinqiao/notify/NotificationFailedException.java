package org.xinqiao.notify;

/** The channel failed (network, server error); the notification may be sent again later. */
public class NotificationFailedException extends RuntimeException {

    public NotificationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
