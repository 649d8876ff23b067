package org.xinqiao.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import io.micronaut.context.annotation.Value;
import org.xinqiao.account.AccountService;
import org.xinqiao.account.Role;
import org.xinqiao.audit.AuditService;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;
import org.xinqiao.common.Page;
import org.xinqiao.need.ServiceType;
import org.xinqiao.place.PlaceService;

/** Recruitment posts and the applications to them; one application per account and post. */
@Singleton
public class RecruitmentService {

    private final RecruitmentRepositories.Posts posts;
    private final RecruitmentRepositories.Applications applications;
    private final AccountService accounts;
    private final PlaceService places;
    private final AuditService audit;
    private final Clock clock;
    private final ZoneId zone;

    RecruitmentService(RecruitmentRepositories.Posts posts, RecruitmentRepositories.Applications applications,
                       AccountService accounts, PlaceService places, AuditService audit, Clock clock,
                       @Value("${xinqiao.time-zone}") ZoneId zone) {
        this.posts = posts;
        this.applications = applications;
        this.accounts = accounts;
        this.places = places;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    @Transactional
    Recruitment post(long actorId, @Nullable Long villageId, String title, String description, @Nullable ServiceType serviceType,
                     @Nullable LocalDate openUntil) {
        boolean admin = accounts.rolesOf(actorId).contains(Role.ADMIN);
        if (villageId == null ? !admin : !(admin || accounts.actsForVillage(actorId, villageId))) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only administrators, or staff of the village, may post a recruitment");
        }
        if (villageId != null && !places.villageExists(villageId)) {
            throw DomainException.invalid("villageId", "village " + villageId + " does not exist");
        }
        if (openUntil != null && openUntil.isBefore(today())) {
            throw DomainException.invalid("openUntil", "must not be in the past");
        }
        Recruitment saved = posts.save(new Recruitment(null, villageId, title.strip(), description, serviceType, openUntil, actorId,
                clock.instant()));
        audit.record(actorId, "recruitment.create", "recruitment", saved.id().toString(), title);
        return saved;
    }

    @Transactional
    Page<Recruitment> open(Pageable pageable) {
        return Page.of(posts.findOpen(today(), Pageable.from(pageable.getNumber(), pageable.getSize(), Sort.unsorted())), r -> r);
    }

    @Transactional
    RecruitmentApplication apply(long accountId, long recruitmentId, @Nullable String message) {
        Recruitment post = posts.findById(recruitmentId).orElseThrow(() -> DomainException.notFound("Recruitment " + recruitmentId));
        if (!post.openOn(today())) {
            throw new DomainException(ErrorCode.CONFLICT, "The recruitment closed on " + post.openUntil());
        }
        if (applications.existsByRecruitmentIdAndAccountId(recruitmentId, accountId)) {
            throw new DomainException(ErrorCode.DUPLICATE, "You have applied to this recruitment already");
        }
        try {
            return applications.save(new RecruitmentApplication(null, recruitmentId, accountId, message, clock.instant()));
        } catch (DataAccessException raced) {
            throw new DomainException(ErrorCode.DUPLICATE, "You have applied to this recruitment already");
        }
    }

    @Transactional
    Page<RecruitmentApplication> applications(long actorId, long recruitmentId, Pageable pageable) {
        Recruitment post = posts.findById(recruitmentId).orElseThrow(() -> DomainException.notFound("Recruitment " + recruitmentId));
        boolean admin = accounts.rolesOf(actorId).contains(Role.ADMIN);
        if (!admin && (post.villageId() == null || !accounts.actsForVillage(actorId, post.villageId()))) {
            throw DomainException.notFound("Recruitment " + recruitmentId);
        }
        return Page.of(applications.findByRecruitmentId(recruitmentId,
                Pageable.from(pageable.getNumber(), pageable.getSize(), Sort.of(Sort.Order.asc("id")))), a -> a);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
