package org.xinqiao.appointment;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinqiao.account.AccountService;
import org.xinqiao.audit.AuditService;
import org.xinqiao.child.ChildService;
import org.xinqiao.child.ChildView;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;
import org.xinqiao.common.Idempotency;
import org.xinqiao.common.Page;
import org.xinqiao.need.ServiceType;
import org.xinqiao.provider.ProviderService;
import org.xinqiao.provider.ProviderView;
import org.xinqiao.station.SlotView;
import org.xinqiao.station.StationService;

/**
 * Books, cancels, checks in, completes and takes feedback on appointments (RULES.md §3). Who may do what:
 * booking — a guardian of the child or staff acting for the child's village (anyone else: the child does not exist,
 * 404); cancelling — the same, until the cancellation window; check-in and completion — the slot's provider or
 * staff of the station's village; feedback — the child's guardian, once.
 */
@Singleton
public class AppointmentService {

    private static final Logger LOG = LoggerFactory.getLogger(AppointmentService.class);
    /** Sessions whose completion earns the provider points (RULES.md §4: tutoring, per hour). */
    private static final ServiceType CREDITED = ServiceType.TUTORING;

    private final AppointmentRepository appointments;
    private final BookingLocks locks;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> tx;
    private final StationService stations;
    private final ProviderService providers;
    private final ChildService children;
    private final AccountService accounts;
    private final AuditService audit;
    private final Idempotency idempotency;
    private final LoopSteps loop;
    private final Clock clock;
    private final CancellationPolicy cancellation;

    AppointmentService(AppointmentRepository appointments, BookingLocks locks, JdbcOperations jdbc, TransactionOperations<Connection> tx,
                       StationService stations, ProviderService providers, ChildService children, AccountService accounts,
                       AuditService audit, Idempotency idempotency, LoopSteps loop, Clock clock,
                       @Value("${xinqiao.appointments.cancel-window:PT2H}") Duration cancelWindow) {
        this.appointments = appointments;
        this.locks = locks;
        this.jdbc = jdbc;
        this.tx = tx;
        this.stations = stations;
        this.providers = providers;
        this.children = children;
        this.accounts = accounts;
        this.audit = audit;
        this.idempotency = idempotency;
        this.loop = loop;
        this.clock = clock;
        this.cancellation = new CancellationPolicy(cancelWindow);
    }

    /** Books a slot for a child; a retry with the same Idempotency-Key answers the first result. */
    public Idempotency.Outcome<AppointmentView> book(long callerId, long slotId, long childId, @Nullable Long needId,
                                                     @Nullable String idempotencyKey) {
        return idempotency.run("appointment.book:" + callerId, idempotencyKey, new BookingRequest(slotId, childId, needId), 201,
                AppointmentView.class, () -> book(callerId, slotId, childId, needId));
    }

    private AppointmentView book(long callerId, long slotId, long childId, @Nullable Long needId) {
        ChildView child = children.read(childId, callerId);
        SlotView slot = stations.slot(slotId);
        if (!slot.startsAt().isAfter(clock.instant())) {
            throw new DomainException(ErrorCode.CONFLICT, "The slot has started already");
        }
        LoopSteps.NeedRef need = null;
        if (needId != null) {
            need = loop.needOf(needId).filter(n -> n.childId() == child.id())
                    .orElseThrow(() -> DomainException.notFound("Need " + needId + " of child " + childId));
            if (need.serviceType() != slot.serviceType()) {
                throw DomainException.invalid("needId", "the need asks for " + need.serviceType() + ", the slot offers " + slot.serviceType());
            }
            if (need.status() != LoopSteps.NeedStage.SUBMITTED && need.status() != LoopSteps.NeedStage.MATCHED) {
                throw new DomainException(ErrorCode.CONFLICT, "The need is " + need.status() + " and cannot be booked");
            }
        }
        List<BookingLocks.Key> keys = new ArrayList<>();
        keys.add(BookingLocks.Key.child(childId));
        if (slot.providerId() != null) {
            keys.add(BookingLocks.Key.provider(slot.providerId()));
        }
        if (slot.roomId() != null) {
            keys.add(BookingLocks.Key.room(slot.roomId()));
        }
        locks.ensure(keys);
        LoopSteps.NeedRef bookedNeed = need;
        Appointment booked = Retry.onLockContention(() -> tx.executeWrite(status -> {
            locks.lock(keys);
            if (!stations.takeSeat(slotId)) {
                throw new DomainException(ErrorCode.SLOT_FULL, "Slot " + slotId + " is fully booked");
            }
            if (appointments.countChildOverlaps(childId, slot.startsAt(), slot.endsAt()) > 0) {
                throw new DomainException(ErrorCode.TIME_CONFLICT, "The child is already booked at an overlapping time");
            }
            if (slot.providerId() != null
                    && appointments.countProviderOverlaps(slot.providerId(), slotId, slot.startsAt(), slot.endsAt()) > 0) {
                throw new DomainException(ErrorCode.TIME_CONFLICT, "The provider is already booked at an overlapping time");
            }
            if (slot.roomId() != null && appointments.countRoomOverlaps(slot.roomId(), slotId, slot.startsAt(), slot.endsAt()) > 0) {
                throw new DomainException(ErrorCode.TIME_CONFLICT, "The room is already booked at an overlapping time");
            }
            Appointment saved = appointments.save(new Appointment(null, slotId, childId, child.villageId(), slot.stationId(), needId,
                    slot.providerId(), slot.roomId(), slot.serviceType(), slot.startsAt(), slot.endsAt(), AppointmentStatus.BOOKED,
                    callerId, clock.instant(), null, null, null, null, null));
            if (bookedNeed != null) {
                String note = "appointment " + saved.id() + " booked";
                if (bookedNeed.status() == LoopSteps.NeedStage.SUBMITTED) {
                    loop.advanceNeed(bookedNeed.id(), LoopSteps.NeedStage.MATCHED, callerId, note);
                }
                loop.advanceNeed(bookedNeed.id(), LoopSteps.NeedStage.SCHEDULED, callerId, note);
            }
            audit.record(callerId, "appointment.book", "appointment", saved.id().toString(), "slot " + slotId + " child " + childId);
            return saved;
        }));
        return AppointmentView.of(booked, null);
    }

    /** Cancels a booking, up to and including the moment the cancellation window opens; the seat is given back. */
    public AppointmentView cancel(long callerId, long appointmentId) {
        Appointment a = find(appointmentId);
        Access access = access(callerId, a);
        if (access == Access.PROVIDER) {
            throw new DomainException(ErrorCode.FORBIDDEN, "A provider cannot cancel a family's booking; station staff can");
        }
        if (a.status() != AppointmentStatus.BOOKED) {
            throw new DomainException(ErrorCode.CONFLICT, "The appointment is " + a.status() + " and cannot be cancelled");
        }
        Instant now = clock.instant();
        if (!cancellation.mayCancel(a.startsAt(), now)) {
            throw new DomainException(ErrorCode.CANCELLATION_WINDOW_CLOSED,
                    "Bookings can be cancelled until " + cancellation.lastMoment(a.startsAt()));
        }
        Retry.onLockContention(() -> tx.executeWrite(status -> {
            if (appointments.cancel(appointmentId, now, callerId) != 1) {
                throw new DomainException(ErrorCode.CONFLICT, "The appointment changed meanwhile; it can no longer be cancelled");
            }
            stations.releaseSeat(a.slotId());
            if (a.needId() != null) {
                loop.advanceNeed(a.needId(), LoopSteps.NeedStage.MATCHED, callerId, "appointment " + appointmentId + " cancelled");
            }
            audit.record(callerId, "appointment.cancel", "appointment", Long.toString(appointmentId), null);
            return null;
        }));
        return view(callerId, appointmentId);
    }

    public AppointmentView checkIn(long callerId, long appointmentId) {
        Appointment a = find(appointmentId);
        deliverer(callerId, a);
        if (appointments.checkIn(appointmentId, clock.instant()) != 1) {
            throw new DomainException(ErrorCode.CONFLICT, "Only a booked appointment can be checked in (it is " + a.status() + ")");
        }
        audit.record(callerId, "appointment.check-in", "appointment", Long.toString(appointmentId), null);
        return view(callerId, appointmentId);
    }

    /**
     * Completes a checked-in appointment: its need is SERVED and a tutoring session becomes the provider's points
     * claim, confirmed at once when station staff complete it.
     */
    public AppointmentView complete(long callerId, long appointmentId) {
        Appointment a = find(appointmentId);
        Access access = deliverer(callerId, a);
        boolean credits = a.serviceType() == CREDITED && a.providerId() != null;
        tx.executeWrite(status -> {
            if (appointments.complete(appointmentId, clock.instant(), callerId) != 1) {
                throw new DomainException(ErrorCode.CONFLICT, "Only a checked-in appointment can be completed (it is " + a.status() + ")");
            }
            if (a.needId() != null) {
                loop.advanceNeed(a.needId(), LoopSteps.NeedStage.SERVED, callerId, "appointment " + appointmentId + " completed");
            }
            if (credits) {
                ProviderView provider = providers.provider(a.providerId());
                BigDecimal hours = BigDecimal.valueOf(Duration.between(a.startsAt(), a.endsAt()).toMinutes())
                        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
                loop.creditSession(provider.accountId(), appointmentId, hours, access == Access.STAFF ? callerId : null);
            }
            audit.record(callerId, "appointment.complete", "appointment", Long.toString(appointmentId), null);
            return null;
        });
        return view(callerId, appointmentId);
    }

    /** The family's feedback on a completed appointment, once; it closes the need. */
    public AppointmentView feedback(long callerId, long appointmentId, int rating, @Nullable String comment) {
        Appointment a = find(appointmentId);
        if (access(callerId, a) != Access.GUARDIAN) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Feedback is given by the child's guardian");
        }
        if (feedbackOf(appointmentId).isPresent()) {
            throw new DomainException(ErrorCode.FEEDBACK_ALREADY_GIVEN, "Feedback was given already");
        }
        if (a.status() != AppointmentStatus.COMPLETED) {
            throw new DomainException(ErrorCode.CONFLICT, "Feedback follows a completed appointment (it is " + a.status() + ")");
        }
        try {
            tx.executeWrite(status -> {
                jdbc.prepareStatement("INSERT INTO appointment_feedback (appointment_id, rating, comment_text, given_by, given_at) "
                        + "VALUES (?, ?, ?, ?, ?)", s -> {
                    s.setLong(1, appointmentId);
                    s.setInt(2, rating);
                    s.setString(3, comment);
                    s.setLong(4, callerId);
                    s.setTimestamp(5, Timestamp.from(clock.instant()));
                    return s.executeUpdate();
                });
                if (a.needId() != null) {
                    String note = "feedback on appointment " + appointmentId;
                    loop.advanceNeed(a.needId(), LoopSteps.NeedStage.FEEDBACK_GIVEN, callerId, note);
                    loop.advanceNeed(a.needId(), LoopSteps.NeedStage.CLOSED, callerId, note);
                }
                return null;
            });
        } catch (RuntimeException e) {
            if (feedbackOf(appointmentId).isPresent()) {
                throw new DomainException(ErrorCode.FEEDBACK_ALREADY_GIVEN, "Feedback was given already");
            }
            throw e;
        }
        return view(callerId, appointmentId);
    }

    /** One appointment, for the family, the provider or the station's staff. */
    public AppointmentView view(long callerId, long appointmentId) {
        Appointment a = find(appointmentId);
        access(callerId, a);
        return AppointmentView.of(a, feedbackOf(appointmentId).orElse(null));
    }

    /** The caller's bookings and, for a provider, their sessions, latest first. */
    public Page<AppointmentView> mine(long callerId, Pageable pageable) {
        long providerId = providers.ofAccount(callerId).map(ProviderView::id).orElse(-1L);
        return tx.executeRead(status -> Page.of(appointments.findMine(callerId, providerId,
                Pageable.from(pageable.getNumber(), pageable.getSize(), Sort.unsorted())), a -> AppointmentView.of(a, feedbackOf(a.id()).orElse(null))));
    }

    /** How many booked or checked-in appointments the provider has starting in [from, to) (their load, for matching). */
    public long activeLoad(long providerId, Instant from, Instant to) {
        return tx.executeRead(status -> appointments.countActive(providerId, from, to));
    }

    Optional<AppointmentView.Feedback> feedbackOf(long appointmentId) {
        return tx.executeRead(status -> jdbc.prepareStatement(
                "SELECT rating, comment_text, given_at FROM appointment_feedback WHERE appointment_id = ?", s -> {
                    s.setLong(1, appointmentId);
                    try (ResultSet r = s.executeQuery()) {
                        return r.next() ? Optional.of(new AppointmentView.Feedback(r.getInt(1), r.getString(2), r.getTimestamp(3).toInstant()))
                                : Optional.<AppointmentView.Feedback>empty();
                    }
                }));
    }

    private enum Access { GUARDIAN, STAFF, PROVIDER }

    /** What an Idempotency-Key's request is compared by. */
    @io.micronaut.serde.annotation.Serdeable
    record BookingRequest(long slotId, long childId, @Nullable Long needId) {
    }

    private Appointment find(long appointmentId) {
        return tx.executeRead(status -> appointments.findById(appointmentId))
                .orElseThrow(() -> DomainException.notFound("Appointment " + appointmentId));
    }

    /** How the caller relates to the appointment; anyone unrelated is told it does not exist. */
    private Access access(long callerId, Appointment a) {
        if (stations.manages(callerId, a.stationId()) || accounts.actsForVillage(callerId, a.villageId())) {
            return Access.STAFF;
        }
        if (a.providerId() != null && providers.ofAccount(callerId).map(p -> p.id() == a.providerId()).orElse(false)) {
            return Access.PROVIDER;
        }
        try {
            children.read(a.childId(), callerId);
            return Access.GUARDIAN;
        } catch (DomainException notTheirs) {
            throw DomainException.notFound("Appointment " + a.id());
        }
    }

    private Access deliverer(long callerId, Appointment a) {
        Access access = access(callerId, a);
        if (access == Access.GUARDIAN) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only the provider or the station's staff check in and complete");
        }
        return access;
    }

}
