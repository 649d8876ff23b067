package org.xinqiao.plugin.livestream;

import org.pf4j.Plugin;

/** The livestream-store plugin: lifecycle only, its work is done by {@link LivestreamCommerce}. */
public class LivestreamStorePlugin extends Plugin {
}
