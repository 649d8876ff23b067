package org.xinqiao.provider;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Time;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.xinqiao.need.Qualification;
import org.xinqiao.need.ServiceType;

/** The provider's lists (qualifications, villages, service types, availability), kept in their own tables. */
@Singleton
class ProviderDetails {

    private final JdbcOperations jdbc;

    ProviderDetails(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void save(long providerId, List<QualificationHeld> qualifications, List<Long> villageIds, List<ServiceType> serviceTypes,
              List<WeeklyWindow> availability) {
        for (QualificationHeld q : qualifications) {
            jdbc.prepareStatement("INSERT INTO provider_qualification (provider_id, qualification, expires_on) VALUES (?, ?, ?)", s -> {
                s.setLong(1, providerId);
                s.setString(2, q.qualification().name());
                s.setDate(3, q.expiresOn() == null ? null : Date.valueOf(q.expiresOn()));
                return s.executeUpdate();
            });
        }
        for (Long villageId : villageIds) {
            jdbc.prepareStatement("INSERT INTO provider_village (provider_id, village_id) VALUES (?, ?)", s -> {
                s.setLong(1, providerId);
                s.setLong(2, villageId);
                return s.executeUpdate();
            });
        }
        for (ServiceType type : serviceTypes) {
            jdbc.prepareStatement("INSERT INTO provider_service_type (provider_id, service_type) VALUES (?, ?)", s -> {
                s.setLong(1, providerId);
                s.setString(2, type.name());
                return s.executeUpdate();
            });
        }
        for (WeeklyWindow w : availability) {
            jdbc.prepareStatement("INSERT INTO provider_availability (provider_id, day_of_week, starts, ends) VALUES (?, ?, ?, ?)", s -> {
                s.setLong(1, providerId);
                s.setInt(2, w.dayOfWeek().getValue());
                s.setTime(3, Time.valueOf(w.from()));
                s.setTime(4, Time.valueOf(w.to()));
                return s.executeUpdate();
            });
        }
    }

    ProviderView view(Provider p) {
        long id = p.id();
        List<QualificationHeld> qualifications = query(
                "SELECT qualification, expires_on FROM provider_qualification WHERE provider_id = ? ORDER BY qualification", id,
                r -> new QualificationHeld(Qualification.valueOf(r.getString(1)),
                        r.getDate(2) == null ? null : r.getDate(2).toLocalDate()));
        List<Long> villages = query("SELECT village_id FROM provider_village WHERE provider_id = ? ORDER BY village_id", id,
                r -> r.getLong(1));
        List<ServiceType> types = query("SELECT service_type FROM provider_service_type WHERE provider_id = ? ORDER BY service_type", id,
                r -> ServiceType.valueOf(r.getString(1)));
        List<WeeklyWindow> availability = query(
                "SELECT day_of_week, starts, ends FROM provider_availability WHERE provider_id = ? ORDER BY day_of_week, starts", id,
                r -> new WeeklyWindow(DayOfWeek.of(r.getInt(1)), r.getTime(2).toLocalTime(), r.getTime(3).toLocalTime()));
        return new ProviderView(id, p.accountId(), p.kind(), p.displayName(), p.status(), qualifications, villages, types,
                availability, p.createdAt(), p.decidedAt(), p.decisionNote());
    }

    /** Ids of approved providers serving the village. */
    List<Long> approvedIn(long villageId) {
        return query("SELECT p.id FROM provider p JOIN provider_village v ON v.provider_id = p.id "
                + "WHERE v.village_id = ? AND p.status = 'APPROVED' ORDER BY p.id", villageId, r -> r.getLong(1));
    }

    private interface Row<T> {
        T map(ResultSet r) throws java.sql.SQLException;
    }

    private <T> List<T> query(String sql, long id, Row<T> row) {
        return jdbc.prepareStatement(sql, s -> {
            s.setLong(1, id);
            List<T> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(row.map(r));
                }
            }
            return out;
        });
    }
}
