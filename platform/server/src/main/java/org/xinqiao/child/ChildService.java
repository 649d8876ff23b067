package org.xinqiao.child;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.xinqiao.account.AccountService;
import org.xinqiao.audit.AuditService;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;
import org.xinqiao.common.Page;
import org.xinqiao.place.PlaceService;

/**
 * Children and their guardians. A child is visible to its guardians and to staff acting for its village;
 * to anyone else it does not exist (404). Every staff read is audited.
 */
@Singleton
public class ChildService {

    private final ChildRepository children;
    private final AccountService accounts;
    private final PlaceService places;
    private final AuditService audit;
    private final ConsentPolicy consent;
    private final Clock clock;
    private final ZoneId zone;

    ChildService(ChildRepository children, AccountService accounts, PlaceService places, AuditService audit, Clock clock,
                 @Value("${xinqiao.child.consent-age}") int consentAge, @Value("${xinqiao.time-zone}") ZoneId zone) {
        this.children = children;
        this.accounts = accounts;
        this.places = places;
        this.audit = audit;
        this.consent = new ConsentPolicy(consentAge);
        this.clock = clock;
        this.zone = zone;
    }

    /** Registers a child with the caller as its guardian. */
    @Transactional
    public ChildView register(long guardianId, NewChild request) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        if (request.birthDate().isAfter(today)) {
            throw DomainException.invalid("birthDate", "must not be in the future");
        }
        if (!places.villageExists(request.villageId())) {
            throw DomainException.invalid("villageId", "village " + request.villageId() + " does not exist");
        }
        boolean consented = Boolean.TRUE.equals(request.consent());
        if (!consented && consent.consentRequired(request.birthDate(), today)) {
            throw new DomainException(ErrorCode.CONSENT_REQUIRED,
                    "A child under the consent age is registered only with the guardian's consent (consent: true)",
                    java.util.List.of(new org.xinqiao.common.FieldError("consent", "must be true for a child under the consent age")), null);
        }
        Instant now = clock.instant();
        Child child = children.save(new Child(null, request.name().strip(), request.gender(), request.birthDate(), request.villageId(),
                consented ? guardianId : null, consented ? now : null, guardianId, now));
        children.linkGuardian(child.id(), guardianId, request.relation().name());
        audit.record(guardianId, "child.register", "child", child.id().toString(), consented ? "consent recorded" : null);
        return ChildView.of(child);
    }

    @Transactional
    public Page<ChildView> ofGuardian(long guardianId, Pageable pageable) {
        return Page.of(children.findByGuardian(guardianId, pageable), ChildView::of);
    }

    /** The child if the caller may see it; staff reads are audited. */
    @Transactional
    public ChildView read(long childId, long callerId) {
        Child child = children.findById(childId).orElseThrow(() -> DomainException.notFound("Child " + childId));
        if (children.countGuardianLinks(childId, callerId) > 0) {
            return ChildView.of(child);
        }
        if (accounts.actsForVillage(callerId, child.villageId())) {
            audit.record(callerId, "child.read", "child", Long.toString(childId), null);
            return ChildView.of(child);
        }
        throw DomainException.notFound("Child " + childId);
    }

    @Transactional
    public long countInVillage(long villageId) {
        return children.countByVillageId(villageId);
    }
}
