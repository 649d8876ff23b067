package org.xinqiao.plugin;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A partner's plugin settings as the API shows them: their keys, never their values. */
@Serdeable
public record SettingsView(long partnerId, String pluginId, List<String> keys) {
}
