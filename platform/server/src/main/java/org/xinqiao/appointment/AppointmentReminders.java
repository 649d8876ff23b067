package org.xinqiao.appointment;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinqiao.notify.Notification;
import org.xinqiao.notify.Notifier;
import org.xinqiao.place.PlaceService;
import org.xinqiao.provider.ProviderService;

/**
 * The {@code appointment-reminders} work (RULES.md §6, default 20:00 daily): reminds the family who booked and the
 * provider of each appointment starting tomorrow (civil day). A reminder is claimed in {@code appointment_reminder}
 * (one per appointment, person and day) before it is sent, so firing twice, or on two servers, sends it once; a claim
 * whose sending failed is released so the next firing tries again.
 */
@Singleton
public class AppointmentReminders {

    private static final Logger LOG = LoggerFactory.getLogger(AppointmentReminders.class);
    static final String TEMPLATE = "appointment-reminder";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AppointmentRepository appointments;
    private final ProviderService providers;
    private final PlaceService places;
    private final Notifier notifier;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final ZoneId zone;

    AppointmentReminders(AppointmentRepository appointments, ProviderService providers, PlaceService places, Notifier notifier,
                         JdbcOperations jdbc, TransactionOperations<Connection> tx, Clock clock,
                         @Value("${xinqiao.time-zone}") ZoneId zone) {
        this.appointments = appointments;
        this.providers = providers;
        this.places = places;
        this.notifier = notifier;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.zone = zone;
    }

    /** Sends tomorrow's reminders not sent yet; answers how many were sent. */
    public int sendForTomorrow() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        LocalDate tomorrow = today.plusDays(1);
        List<Appointment> due = tx.executeRead(status -> appointments.findByStatusAndStartsAtGreaterThanEqualsAndStartsAtLessThanOrderById(
                AppointmentStatus.BOOKED, tomorrow.atStartOfDay(zone).toInstant(), tomorrow.plusDays(1).atStartOfDay(zone).toInstant()));
        int sent = 0;
        for (Appointment a : due) {
            Set<Long> recipients = new LinkedHashSet<>();
            recipients.add(a.bookedBy());
            if (a.providerId() != null) {
                recipients.add(providers.provider(a.providerId()).accountId());
            }
            String station = places.station(a.stationId()).name();
            for (long accountId : recipients) {
                if (!claim(a.id(), accountId, today)) {
                    continue;
                }
                try {
                    notifier.send(new Notification(accountId, TEMPLATE, "pages/appointments/detail?id=" + a.id(), Map.of(
                            "thing1", a.serviceType().chineseLabel(),
                            "time2", TIME.format(a.startsAt().atZone(zone)),
                            "thing3", station.length() > 20 ? station.substring(0, 20) : station)));
                    sent++;
                } catch (RuntimeException failed) {
                    release(a.id(), accountId, today);
                    LOG.warn("reminder of appointment {} to account {} failed; the next run retries: {}", a.id(), accountId,
                            failed.getMessage());
                }
            }
        }
        LOG.info("appointment reminders for {}: {} sent", tomorrow, sent);
        return sent;
    }

    private boolean claim(long appointmentId, long accountId, LocalDate day) {
        try {
            return tx.executeWrite(status -> jdbc.prepareStatement(
                    "INSERT INTO appointment_reminder (appointment_id, account_id, reminder_day, sent_at) VALUES (?, ?, ?, ?)", s -> {
                        s.setLong(1, appointmentId);
                        s.setLong(2, accountId);
                        s.setDate(3, Date.valueOf(day));
                        s.setTimestamp(4, Timestamp.from(clock.instant()));
                        return s.executeUpdate() == 1;
                    }));
        } catch (RuntimeException e) {
            if (isDuplicate(e)) {
                return false;
            }
            throw e;
        }
    }

    private void release(long appointmentId, long accountId, LocalDate day) {
        tx.executeWrite(status -> jdbc.prepareStatement(
                "DELETE FROM appointment_reminder WHERE appointment_id = ? AND account_id = ? AND reminder_day = ?", s -> {
                    s.setLong(1, appointmentId);
                    s.setLong(2, accountId);
                    s.setDate(3, Date.valueOf(day));
                    return s.executeUpdate();
                }));
    }

    private static boolean isDuplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("23505".equals(sql.getSQLState()) || sql.getErrorCode() == 1062
                    || "23000".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
