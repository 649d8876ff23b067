/**
 * The plugin host: PF4J over {@code xinqiao.plugins.dir}, the administrators' plugin API, every call into a
 * plugin with a time limit and a circuit breaker, partners' plugin settings (encrypted), platform webhooks and the
 * sales sync. Other features call {@link org.xinqiao.plugin.PluginService} (vouchers, VIP, announcements, order
 * files) and {@link org.xinqiao.plugin.PluginSyncService}; sales reach the fund through {@link
 * org.xinqiao.plugin.PartnerSales}.
 */
package org.xinqiao.plugin;
