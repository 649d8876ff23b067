package org.xinqiao.event;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.xinqiao.audit.AuditService;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;
import org.xinqiao.common.Page;

/** The schools' term plan of public lectures: one lecture a date. */
@Singleton
class LecturePlans {

    static final String DEFAULT_AUDIENCE = "留守儿童及其监护人";

    private final LecturePlanRepository plans;
    private final AuditService audit;
    private final Clock clock;

    LecturePlans(LecturePlanRepository plans, AuditService audit, Clock clock) {
        this.plans = plans;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    LecturePlanView add(NewLecturePlan request, long actorId) {
        if (plans.existsByLectureDate(request.date())) {
            throw new DomainException(ErrorCode.DUPLICATE, "A lecture is planned for " + request.date() + " already");
        }
        LecturePlan saved;
        try {
            saved = plans.save(new LecturePlan(null, request.date(), request.topic().strip(), request.school().strip(),
                    request.speaker(), request.link(),
                    request.audience() == null || request.audience().isBlank() ? DEFAULT_AUDIENCE : request.audience().strip(),
                    actorId, clock.instant()));
        } catch (DataAccessException e) {
            throw new DomainException(ErrorCode.DUPLICATE, "A lecture is planned for " + request.date() + " already");
        }
        audit.record(actorId, "LECTURE_PLANNED", "lecture_plan", saved.id().toString(), request.date() + " " + saved.topic());
        return LecturePlanView.of(saved);
    }

    Page<LecturePlanView> from(LocalDate from, Pageable pageable) {
        Pageable byDate = Pageable.from(pageable.getNumber(), pageable.getSize(), Sort.of(Sort.Order.asc("lectureDate")));
        return Page.of(plans.findByLectureDateGreaterThanEquals(from, byDate), LecturePlanView::of);
    }

    Optional<LecturePlan> on(LocalDate date) {
        return plans.findByLectureDate(date);
    }
}
