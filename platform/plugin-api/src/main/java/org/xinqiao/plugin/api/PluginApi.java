package org.xinqiao.plugin.api;

/**
 * The version of this API, checked by the server against each plugin's {@code Plugin-Requires}
 * manifest entry when the plugin is loaded.
 *
 * <p>Semantic versioning: a plugin built against {@code 1.x} declares {@code Plugin-Requires:
 * >=1.0.0 & <2.0.0} (PF4J's version expression syntax) and keeps loading on every later {@code
 * 1.y}. A plugin whose requirement the running server does not satisfy is not started.
 */
public final class PluginApi {

    /** The version of this API jar; the server reports it to PF4J as the system version. */
    public static final String VERSION = "1.0.0";

    private PluginApi() {
    }
}
