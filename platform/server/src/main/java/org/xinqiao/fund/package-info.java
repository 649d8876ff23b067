/**
 * The public-welfare fund (公益金, RULES.md §5): e-commerce partners and their oversight committees, the intake
 * of their agricultural sales from every source, each partner's earmarked account (an append-only ledger and a
 * locked balance row), tiered accrual with the year-end true-up, committee-approved spending plans and their
 * disbursements, and the annual statement.
 *
 * <p>Other features call {@link org.xinqiao.fund.FundService}: the plugin feature hands it synced and pushed sale
 * lines ({@code intake}) and looks partners up ({@code partner}, {@code partnersUsing}); the annual-close job calls
 * {@code trueUp(year)}. The rules live in plain classes ({@code AccrualPolicy}, {@code SpendingPolicy}) configured
 * by {@code FundRules} from {@code xinqiao.fund.*}.
 */
package org.xinqiao.fund;
