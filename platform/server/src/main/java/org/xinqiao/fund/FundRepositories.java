package org.xinqiao.fund;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

final class FundRepositories {

    private FundRepositories() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Partners extends CrudRepository<Partner, Long> {
        Optional<Partner> findByName(String name);

        List<Partner> findByPlatformPluginIdOrderById(String platformPluginId);

        Page<Partner> findAll(Pageable pageable);

        @Query("SELECT id FROM fund_partner ORDER BY id")
        List<Long> findAllIds();
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Ratings extends CrudRepository<PartnerRating, Long> {
        Optional<PartnerRating> findByPartnerIdAndRatingYear(long partnerId, int ratingYear);

        List<PartnerRating> findByPartnerIdOrderByRatingYear(long partnerId);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Accounts extends CrudRepository<FundAccount, Long> {
        /** Serialises every write to one partner's account; the first statement of each such transaction. */
        @Query("SELECT * FROM fund_account WHERE partner_id = :partnerId FOR UPDATE")
        Optional<FundAccount> lock(long partnerId);

        @Query("UPDATE fund_account SET balance = balance + :delta, version = version + 1, updated_at = :at WHERE partner_id = :partnerId")
        int add(long partnerId, BigDecimal delta, Instant at);

        /** Takes money out only while the balance covers it, so no interleaving can make it negative. */
        @Query("UPDATE fund_account SET balance = balance - :amount, version = version + 1, updated_at = :at "
                + "WHERE partner_id = :partnerId AND balance >= :amount")
        int withdraw(long partnerId, BigDecimal amount, Instant at);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Sales extends CrudRepository<Sale, Long> {
        Optional<Sale> findByPartnerIdAndLineKey(long partnerId, String lineKey);

        @Query("SELECT COALESCE(SUM(amount), 0) FROM fund_sale WHERE partner_id = :partnerId AND sale_year = :year AND state = 'COUNTED'")
        BigDecimal countedSales(long partnerId, int year);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Entries extends CrudRepository<FundEntry, Long> {
        /** Everything the year's sales put in: provisional accruals, reversals and true-ups. */
        @Query("SELECT COALESCE(SUM(amount), 0) FROM fund_entry WHERE partner_id = :partnerId AND fund_year = :year AND kind <> 'DISBURSEMENT'")
        BigDecimal accrued(long partnerId, int year);

        /** What was paid out for a category in the year, as a positive figure. */
        @Query("SELECT COALESCE(SUM(-amount), 0) FROM fund_entry WHERE partner_id = :partnerId AND fund_year = :year "
                + "AND kind = 'DISBURSEMENT' AND category = :category")
        BigDecimal disbursed(long partnerId, int year, String category);

        /** The account's balance at the end of the year: every entry of that year and before. */
        @Query("SELECT COALESCE(SUM(amount), 0) FROM fund_entry WHERE partner_id = :partnerId AND fund_year <= :year")
        BigDecimal balanceAtEndOf(long partnerId, int year);

        @Query("SELECT COUNT(*) FROM fund_entry WHERE partner_id = :partnerId AND fund_year = :year AND kind = 'TRUE_UP'")
        long trueUps(long partnerId, int year);

        List<FundEntry> findByPartnerIdAndFundYearOrderById(long partnerId, int fundYear);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Plans extends CrudRepository<Plan, Long> {
        @Query("SELECT * FROM fund_plan WHERE id = :id FOR UPDATE")
        Optional<Plan> lock(long id);

        /** What approved plans still valid from {@code quarter} on have reserved and not yet paid. */
        @Query("SELECT COALESCE(SUM(amount - disbursed), 0) FROM fund_plan WHERE partner_id = :partnerId "
                + "AND status = 'APPROVED' AND quarter >= :quarter")
        BigDecimal reserved(long partnerId, String quarter);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Votes extends CrudRepository<PlanVote, Long> {
        List<PlanVote> findByPlanIdOrderById(long planId);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Payments extends CrudRepository<Payment, Long> {
        List<Payment> findByPlanIdOrderById(long planId);
    }
}
