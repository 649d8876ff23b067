package org.xinqiao.schedule;

import io.micronaut.context.annotation.Factory;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * Quartz with the JDBC job store, clustered, on the application's own database and connection pool. Not
 * started here: {@link SchedulerStartup} starts it once the catalog is in Quartz.
 */
@Factory
class QuartzFactory {

    @Singleton
    Scheduler scheduler(DataSource dataSource, DataSourceResolver resolver, MicronautJobFactory jobFactory,
                        ScheduleProperties settings) throws SchedulerException {
        // the injected DataSource joins Micronaut's transactions ("No current connection present" on Quartz's
        // threads): Quartz gets the real pool and manages its own transactions on it
        String dataSourceName = settings.schedulerName() + "-application-pool";
        DBConnectionManager.getInstance().addConnectionProvider(dataSourceName, new ApplicationPool(resolver.resolve(dataSource)));

        Properties quartz = fixedProperties();
        quartz.setProperty("org.quartz.scheduler.instanceName", settings.schedulerName());
        quartz.setProperty("org.quartz.scheduler.instanceId", settings.instanceId());
        quartz.setProperty("org.quartz.threadPool.threadCount", Integer.toString(settings.threadCount()));
        quartz.setProperty("org.quartz.jobStore.dataSource", dataSourceName);

        Scheduler scheduler = new StdSchedulerFactory(quartz).getScheduler();
        scheduler.setJobFactory(jobFactory);
        return scheduler;
    }

    private static Properties fixedProperties() {
        Properties properties = new Properties();
        try (InputStream in = QuartzFactory.class.getResourceAsStream("/xinqiao-quartz.properties")) {
            if (in == null) {
                throw new IllegalStateException("xinqiao-quartz.properties is missing from the classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The application's pool as Quartz sees it; Micronaut owns the pool, so Quartz's shutdown leaves it open. */
    private record ApplicationPool(DataSource pool) implements ConnectionProvider {

        @Override
        public Connection getConnection() throws SQLException {
            return pool.getConnection();
        }

        @Override
        public void shutdown() {
            // the pool closes with the application context, after the scheduler
        }

        @Override
        public void initialize() {
            // nothing to set up: the pool exists already
        }
    }
}
