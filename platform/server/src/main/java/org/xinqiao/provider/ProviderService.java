package org.xinqiao.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.xinqiao.account.AccountService;
import org.xinqiao.account.AccountView;
import org.xinqiao.account.Role;
import org.xinqiao.audit.AuditService;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;
import org.xinqiao.common.Page;
import org.xinqiao.need.Qualification;
import org.xinqiao.need.ServiceType;
import org.xinqiao.place.PlaceService;

/**
 * Providers and their applications. Staff (administrators, or village staff and civil-affairs staff of one of the
 * villages a provider serves) approve or reject an application; approving verifies the qualifications it lists and
 * grants the account its provider role. Other features read providers here.
 */
@Singleton
public class ProviderService {

    private static final Set<Role> DECIDERS = EnumSet.of(Role.VILLAGE_STAFF, Role.CIVIL_AFFAIRS);

    private final ProviderRepository providers;
    private final ProviderDetails details;
    private final JdbcOperations jdbc;
    private final AccountService accounts;
    private final PlaceService places;
    private final AuditService audit;
    private final Clock clock;

    ProviderService(ProviderRepository providers, ProviderDetails details, JdbcOperations jdbc, AccountService accounts,
                    PlaceService places, AuditService audit, Clock clock) {
        this.providers = providers;
        this.details = details;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.places = places;
        this.audit = audit;
        this.clock = clock;
    }

    /** The caller applies to become a provider; a rejected applicant may apply again. */
    @Transactional
    public ProviderView apply(long accountId, ProviderApplication request) {
        validate(request);
        Optional<Provider> existing = providers.findByAccountId(accountId);
        if (existing.isPresent() && existing.get().status() != ProviderStatus.REJECTED) {
            throw new DomainException(ErrorCode.DUPLICATE, "This account already has a provider application ("
                    + existing.get().status() + ")");
        }
        Instant now = clock.instant();
        ProviderKind kind = request.kind() == null ? ProviderKind.VOLUNTEER : request.kind();
        Provider provider;
        if (existing.isPresent()) {
            long id = existing.get().id();
            for (String table : List.of("provider_qualification", "provider_village", "provider_service_type", "provider_availability")) {
                jdbc.prepareStatement("DELETE FROM " + table + " WHERE provider_id = ?", s -> {
                    s.setLong(1, id);
                    return s.executeUpdate();
                });
            }
            provider = providers.update(new Provider(id, accountId, kind, request.displayName().strip(), request.motivation(),
                    ProviderStatus.PENDING, null, null, null, now));
        } else {
            provider = providers.save(new Provider(null, accountId, kind, request.displayName().strip(), request.motivation(),
                    ProviderStatus.PENDING, null, null, null, now));
        }
        details.save(provider.id(), request.qualifications(), request.villages().stream().distinct().toList(),
                request.serviceTypes().stream().distinct().toList(), request.availability());
        audit.record(accountId, "provider.apply", "provider", provider.id().toString(), kind.name());
        return details.view(provider);
    }

    @Transactional
    public ProviderView approve(long actorId, long providerId, @Nullable String note) {
        Provider provider = decidable(actorId, providerId);
        Provider approved = providers.update(provider.decided(ProviderStatus.APPROVED, actorId, note, clock.instant()));
        Role role = provider.kind().role();
        if (role != null) {
            AccountView account = accounts.view(provider.accountId());
            Set<Role> roles = EnumSet.noneOf(Role.class);
            roles.addAll(account.roles());
            if (roles.add(role)) {
                accounts.grant(actorId, provider.accountId(), roles, account.villageIds());
            }
        }
        audit.record(actorId, "provider.approve", "provider", Long.toString(providerId), note);
        return details.view(approved);
    }

    @Transactional
    public ProviderView reject(long actorId, long providerId, @Nullable String note) {
        Provider provider = decidable(actorId, providerId);
        Provider rejected = providers.update(provider.decided(ProviderStatus.REJECTED, actorId, note, clock.instant()));
        audit.record(actorId, "provider.reject", "provider", Long.toString(providerId), note);
        return details.view(rejected);
    }

    @Transactional
    public ProviderView provider(long providerId) {
        return details.view(providers.findById(providerId).orElseThrow(() -> DomainException.notFound("Provider " + providerId)));
    }

    @Transactional
    public Optional<ProviderView> ofAccount(long accountId) {
        return providers.findByAccountId(accountId).map(details::view);
    }

    @Transactional
    public Page<ProviderView> list(@Nullable ProviderStatus status, Pageable pageable) {
        Pageable byId = Pageable.from(pageable.getNumber(), pageable.getSize(), Sort.of(Sort.Order.asc("id")));
        return Page.of(status == null ? providers.findAll(byId) : providers.findByStatus(status, byId), details::view);
    }

    /** Approved providers serving the village, in id order (for matching). */
    @Transactional
    public List<ProviderView> approvedIn(long villageId) {
        return details.approvedIn(villageId).stream().map(this::provider).toList();
    }

    private Provider decidable(long actorId, long providerId) {
        Provider provider = providers.findById(providerId).orElseThrow(() -> DomainException.notFound("Provider " + providerId));
        Set<Role> roles = accounts.rolesOf(actorId);
        boolean mayDecide = roles.contains(Role.ADMIN) || (roles.stream().anyMatch(DECIDERS::contains)
                && details.view(provider).villageIds().stream().anyMatch(v -> accounts.villagesOf(actorId).contains(v)));
        if (!mayDecide) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only staff of a village the provider serves may decide the application");
        }
        if (provider.status() != ProviderStatus.PENDING) {
            throw new DomainException(ErrorCode.CONFLICT, "The application was already decided (" + provider.status() + ")");
        }
        return provider;
    }

    private void validate(ProviderApplication request) {
        List<String> problems = new ArrayList<>();
        for (Long village : request.villages()) {
            if (!places.villageExists(village)) {
                throw DomainException.invalid("villages", "village " + village + " does not exist");
            }
        }
        Set<Qualification> held = request.qualifications().stream().map(QualificationHeld::qualification).collect(Collectors.toSet());
        if (held.size() != request.qualifications().size()) {
            throw DomainException.invalid("qualifications", "each qualification may be listed once");
        }
        for (ServiceType type : request.serviceTypes()) {
            if (!held.contains(type.requiredQualification())) {
                problems.add(type + " requires the qualification " + type.requiredQualification());
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid("serviceTypes", String.join("; ", problems));
        }
        for (WeeklyWindow window : request.availability()) {
            if (!window.from().isBefore(window.to())) {
                throw DomainException.invalid("availability", "each window must end after it starts");
            }
        }
    }
}
