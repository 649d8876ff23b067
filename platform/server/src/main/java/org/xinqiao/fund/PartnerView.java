package org.xinqiao.fund;

import io.micronaut.serde.annotation.Serdeable;

/** A partner as other features see it: who it is and which platform plugin carries its sales. */
@Serdeable
public record PartnerView(long id, String name, String platformPluginId) {
}
