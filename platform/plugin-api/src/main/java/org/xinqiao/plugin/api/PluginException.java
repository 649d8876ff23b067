package org.xinqiao.plugin.api;

/**
 * A plugin could not do what it was asked: the platform failed or refused, the partner's settings
 * are wrong, a message cannot be read. The server fails that one call and reports the message,
 * which must hold no secret.
 */
public class PluginException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * A failure with a message.
     *
     * @param message what failed, without secrets
     */
    public PluginException(String message) {
        super(message);
    }

    /**
     * A failure with a message and its cause.
     *
     * @param message what failed, without secrets
     * @param cause the underlying exception
     */
    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
