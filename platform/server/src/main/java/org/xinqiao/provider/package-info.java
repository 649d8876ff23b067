/**
 * Providers (RULES.md §3): volunteers, e-commerce practitioners, returning talent and professionals who apply with
 * their qualifications, the villages they serve, the service types they offer and their weekly availability; staff
 * approve or reject them. Recruitment posts that anyone may apply to. Other features read providers through
 * {@link org.xinqiao.provider.ProviderService}.
 */
package org.xinqiao.provider;
