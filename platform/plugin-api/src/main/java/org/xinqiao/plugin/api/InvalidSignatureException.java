package org.xinqiao.plugin.api;

/**
 * A webhook's signature is missing or wrong: the message may be forged, and nothing of it may be
 * recorded. The server answers 401.
 */
public class InvalidSignatureException extends PluginException {

    private static final long serialVersionUID = 1L;

    /**
     * A rejected signature.
     *
     * @param message why, without the expected signature
     */
    public InvalidSignatureException(String message) {
        super(message);
    }
}
