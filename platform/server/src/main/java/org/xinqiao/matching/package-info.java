/**
 * Smart matching (RULES.md §3): pairs needs waiting for a provider with qualified providers who serve the child's
 * village and have free time, assigning as many needs as possible, urgent ones first, then the least-loaded provider.
 * The rule is {@link org.xinqiao.matching.MatchingPolicy}; {@link org.xinqiao.matching.MatchingService} feeds it and
 * moves matched needs to MATCHED.
 */
package org.xinqiao.matching;
