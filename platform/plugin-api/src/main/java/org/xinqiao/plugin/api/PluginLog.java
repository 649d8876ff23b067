package org.xinqiao.plugin.api;

/**
 * Where a plugin writes what an operator should see. The server tags each entry with the plugin
 * and the partner; plugins never see the server's logging.
 *
 * <p>Never log secrets (app secrets, access tokens, signatures) or buyers' personal data.
 */
public interface PluginLog {

    /** A log that drops everything, for tests and tools. */
    PluginLog NONE = new PluginLog() {
        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
        }

        @Override
        public void error(String message, Throwable cause) {
        }
    };

    /**
     * Something normal worth recording (a page pulled, a message acknowledged).
     *
     * @param message the text, without secrets
     */
    void info(String message);

    /**
     * Something unexpected that the plugin handled (a message of an unknown kind, a retry).
     *
     * @param message the text, without secrets
     */
    void warn(String message);

    /**
     * A failure, usually just before the plugin throws.
     *
     * @param message the text, without secrets
     * @param cause the exception, or {@code null}
     */
    void error(String message, Throwable cause);
}
