package org.xinqiao.need;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The village's monthly three-ledger report (三单台账), written once per village and month: the ledgers as they
 * stood when the month closed, kept so the four-party platform reads the same figures later.
 */
@Singleton
public class LedgerReports {

    private final NeedService needs;
    private final Reports reports;
    private final JsonMapper json;
    private final Clock clock;

    LedgerReports(NeedService needs, Reports reports, JsonMapper json, Clock clock) {
        this.needs = needs;
        this.reports = reports;
        this.json = json;
        this.clock = clock;
    }

    /** Writes the month's report of the village unless it exists; true if written now. */
    @Transactional
    public boolean write(long villageId, YearMonth month) {
        if (reports.find(villageId, month.toString()).isPresent()) {
            return false;
        }
        Ledgers ledgers = needs.ledgers(villageId, month);
        try {
            reports.insert(villageId, month.toString(), ledgers.needList().size(), ledgers.serviceList().size(),
                    ledgers.feedbackList().size(), json.writeValueAsString(ledgers), clock.instant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    @Transactional
    public Optional<Summary> summary(long villageId, YearMonth month) {
        return reports.find(villageId, month.toString())
                .map(r -> new Summary(r.villageId(), r.ledgerMonth(), r.needsDeclared(), r.needsServed(), r.feedbackGiven()));
    }

    /** The counts of one village's report. */
    @Serdeable
    public record Summary(long villageId, String month, int needsDeclared, int needsServed, int feedbackGiven) {
    }

    @MappedEntity("ledger_report")
    record Report(@Id @GeneratedValue @Nullable Long id, long villageId, String ledgerMonth, int needsDeclared, int needsServed,
                  int feedbackGiven, String content, Instant createdAt) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Reports extends GenericRepository<Report, Long> {

        @Query("SELECT * FROM ledger_report WHERE village_id = :villageId AND ledger_month = :month")
        Optional<Report> find(long villageId, String month);

        // a concurrent writer of the same month loses on the unique key; IGNORE keeps its transaction alive
        @Query("INSERT IGNORE INTO ledger_report (village_id, ledger_month, needs_declared, needs_served, feedback_given, content, created_at) "
                + "VALUES (:villageId, :month, :needsDeclared, :needsServed, :feedbackGiven, :content, :createdAt)")
        void insert(long villageId, String month, int needsDeclared, int needsServed, int feedbackGiven, String content,
                    Instant createdAt);

        @Query("SELECT * FROM ledger_report WHERE ledger_month = :month ORDER BY village_id")
        List<Report> ofMonth(String month);
    }
}
