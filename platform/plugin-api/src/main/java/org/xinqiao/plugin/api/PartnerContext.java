package org.xinqiao.plugin.api;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a plugin knows about the partner a call is for.
 *
 * @param partnerId the server's id of the partner
 * @param settings the partner's settings for this plugin (credentials included, decrypted by the
 *     server for the duration of the call); the keys are documented by each plugin
 * @param log where to write what an operator should see
 */
public record PartnerContext(String partnerId, Map<String, String> settings, PluginLog log) {

    /**
     * Copies the settings.
     *
     * @throws NullPointerException if a component is null
     */
    public PartnerContext {
        Objects.requireNonNull(partnerId, "partnerId");
        settings = Map.copyOf(Objects.requireNonNull(settings, "settings"));
        Objects.requireNonNull(log, "log");
    }

    /**
     * A setting, if present and not blank.
     *
     * @param key the setting's key
     * @return its value, trimmed
     */
    public Optional<String> setting(String key) {
        String value = settings.get(key);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /**
     * A setting the operation cannot do without.
     *
     * @param key the setting's key
     * @return its value, trimmed
     * @throws PluginException if it is missing or blank (the partner is misconfigured)
     */
    public String requiredSetting(String key) {
        return setting(key).orElseThrow(() -> new PluginException(
                "partner " + partnerId + " has no setting '" + key + "'"));
    }
}
