/**
 * The needs database (需求数据库, RULES.md §2): the catalog of the 20 census indicators, the service
 * types a need can ask for and the qualification each requires, and the policy that turns a child's
 * census scores into a needs profile (age tier, groups, category levels, recommended services).
 * Other features use the catalogs ({@link org.xinqiao.need.ServiceType}, {@link org.xinqiao.need.Qualification})
 * and, later, the feature's service; the rules themselves stay inside this package.
 */
package org.xinqiao.need;
