package org.xinqiao.plugin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinqiao.plugin.api.PluginLog;

/** A plugin's log lines, tagged with the plugin and the partner, in the server's log. */
final class PartnerLog implements PluginLog {

    private static final Logger LOG = LoggerFactory.getLogger("org.xinqiao.plugin.calls");

    private final String tag;

    PartnerLog(String pluginId, long partnerId) {
        this.tag = "[" + pluginId + " partner " + partnerId + "] ";
    }

    @Override
    public void info(String message) {
        LOG.info("{}{}", tag, message);
    }

    @Override
    public void warn(String message) {
        LOG.warn("{}{}", tag, message);
    }

    @Override
    public void error(String message, Throwable cause) {
        LOG.error("{}{}", tag, message, cause);
    }
}
