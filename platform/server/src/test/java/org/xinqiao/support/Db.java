package org.xinqiao.support;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Plain JDBC on the real pool, for tests that look at what was stored or move a stored time. */
public final class Db {

    private final DataSource pool;

    public Db(DataSource injected) {
        this.pool = DelegatingDataSource.unwrapDataSource(injected);
    }

    /** The first column of the first row, as text (null for SQL NULL). */
    public String text(String sql, Object... args) throws SQLException {
        try (Connection connection = pool.getConnection(); PreparedStatement statement = prepare(connection, sql, args);
             ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new AssertionError("no row for " + sql);
            }
            return rows.getString(1);
        }
    }

    public int update(String sql, Object... args) throws SQLException {
        try (Connection connection = pool.getConnection(); PreparedStatement statement = prepare(connection, sql, args)) {
            return statement.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... args) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
        }
        return statement;
    }
}
