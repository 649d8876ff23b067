/**
 * Service points (服务积分, RULES.md §4): claims for confirmed activities and the earning rules that price them,
 * the append-only ledger with each account's balance, the rewards catalog, redemptions and the points stars of a year.
 * Other features call {@link org.xinqiao.points.PointsService} only: appointments credit completed sessions,
 * the partner plugins complete or fail voucher redemptions, the annual close asks for the stars.
 */
package org.xinqiao.points;
