package org.xinqiao.plugin.api;

import java.util.Objects;

/**
 * The plugin does not offer the operation that was called; see {@link
 * CommercePlatform#capabilities()}.
 */
public class UnsupportedCapabilityException extends PluginException {

    private static final long serialVersionUID = 1L;

    private final Capability capability;

    /**
     * An unsupported operation.
     *
     * @param capability the capability the operation needs
     * @param why why the platform cannot do it, for operators
     */
    public UnsupportedCapabilityException(Capability capability, String why) {
        super(Objects.requireNonNull(capability, "capability") + " is not supported: " + why);
        this.capability = capability;
    }

    /**
     * The capability the call needed.
     *
     * @return the missing capability
     */
    public Capability capability() {
        return capability;
    }
}
