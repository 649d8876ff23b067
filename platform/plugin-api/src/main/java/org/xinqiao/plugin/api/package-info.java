/**
 * The contract between the Xinqiao server and its e-commerce platform plugins.
 *
 * <p>This package is a compatibility promise: within a major version of {@link
 * org.xinqiao.plugin.api.PluginApi#VERSION} types and methods are only ever added, never changed
 * or removed. It holds PF4J extension points ({@link org.xinqiao.plugin.api.CommercePlatform},
 * {@link org.xinqiao.plugin.api.OrderFileReader}), the plain records that cross the boundary and
 * three exception types. It depends on nothing but the JDK and PF4J, so a partner's developer can
 * build a plugin with this jar alone.
 *
 * <p>Money is always a {@link java.math.BigDecimal} in yuan (CNY) with scale 2; instants are
 * {@link java.time.Instant}s (a platform's wall-clock times are converted by the plugin).
 */
package org.xinqiao.plugin.api;
