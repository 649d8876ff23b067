package org.xinqiao.account;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.xinqiao.audit.AuditService;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;
import org.xinqiao.common.Secrets;
import org.xinqiao.place.PlaceService;

/**
 * Accounts, their roles and the villages they act for. Other features ask it who someone is and
 * whether they act for a village; nobody else touches the account tables.
 */
@Singleton
public class AccountService {

    private final AccountRepository repository;
    private final PasswordHasher hasher;
    private final Secrets secrets;
    private final PlaceService places;
    private final AuditService audit;
    private final Clock clock;

    AccountService(AccountRepository repository, PasswordHasher hasher, Secrets secrets, PlaceService places,
                   AuditService audit, Clock clock) {
        this.repository = repository;
        this.hasher = hasher;
        this.secrets = secrets;
        this.places = places;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public AccountView view(long accountId) {
        Account account = repository.findById(accountId).orElseThrow(() -> DomainException.notFound("Account " + accountId));
        return new AccountView(account.id(), account.displayName(), account.username(), rolesOf(accountId),
                repository.findVillageIds(accountId));
    }

    @Transactional
    public Set<Role> rolesOf(long accountId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        repository.findRoles(accountId).forEach(role -> roles.add(Role.valueOf(role)));
        return roles;
    }

    /** True if the account holds a village-scoped staff role and is linked to the village. */
    @Transactional
    public boolean actsForVillage(long accountId, long villageId) {
        return rolesOf(accountId).stream().anyMatch(Role.VILLAGE_SCOPED_STAFF::contains)
                && repository.findVillageIds(accountId).contains(villageId);
    }

    @Transactional
    public List<Long> villagesOf(long accountId) {
        return repository.findVillageIds(accountId);
    }

    /** The WeChat openid of the account, for subscribe messages; empty for staff accounts. */
    @Transactional
    public java.util.Optional<String> weChatOpenId(long accountId) {
        return repository.findById(accountId).map(Account::openid);
    }

    /** Creates the account on first login (as a guardian) and keeps the latest session key, encrypted. */
    @Transactional
    long recordWeChatLogin(WeChatSession session) {
        String sessionKeyEnc = secrets.encrypt(session.sessionKey());
        var existing = repository.findByOpenid(session.openid());
        if (existing.isPresent()) {
            repository.updateWeChatSession(existing.get().id(), sessionKeyEnc, session.unionid());
            return existing.get().id();
        }
        String name = session.nickname() == null ? "微信用户" : session.nickname();
        try {
            Account created = repository.save(Account.weChat(session.openid(), session.unionid(), sessionKeyEnc, name, clock.instant()));
            repository.addRole(created.id(), Role.GUARDIAN.name());
            return created.id();
        } catch (DataAccessException raced) {
            // another login of the same user created it a moment ago
            return repository.findByOpenid(session.openid()).map(Account::id).orElseThrow(() -> raced);
        }
    }

    @Transactional
    public AccountView createStaff(long actorId, String username, String password, String displayName,
                                   Collection<Role> roles, Collection<Long> villageIds) {
        if (repository.findByUsername(username).isPresent()) {
            throw new DomainException(ErrorCode.DUPLICATE, "The username '" + username + "' is taken");
        }
        Account account = repository.save(Account.staff(username, hasher.hash(password), displayName, clock.instant()));
        setRolesAndVillages(account.id(), roles, villageIds);
        audit.record(actorId, "account.create", "account", account.id().toString(), "roles=" + new TreeSet<>(roles));
        return view(account.id());
    }

    @Transactional
    public AccountView grant(long actorId, long accountId, Collection<Role> roles, Collection<Long> villageIds) {
        repository.findById(accountId).orElseThrow(() -> DomainException.notFound("Account " + accountId));
        setRolesAndVillages(accountId, roles, villageIds);
        audit.record(actorId, "account.roles", "account", Long.toString(accountId),
                "roles=" + new TreeSet<>(roles) + " villages=" + new TreeSet<>(villageIds));
        return view(accountId);
    }

    /** The first administrator, created once when no administrator exists. */
    @Transactional
    boolean createFirstAdministrator(String username, String password) {
        if (repository.countWithRole(Role.ADMIN.name()) > 0 || repository.findByUsername(username).isPresent()) {
            return false;
        }
        Account admin = repository.save(Account.staff(username, hasher.hash(password), "Administrator", clock.instant()));
        repository.addRole(admin.id(), Role.ADMIN.name());
        audit.record(null, "account.bootstrap-admin", "account", admin.id().toString(), null);
        return true;
    }

    java.util.Optional<Account> findStaff(String username) {
        return repository.findByUsername(username);
    }

    private void setRolesAndVillages(long accountId, Collection<Role> roles, Collection<Long> villageIds) {
        for (Long villageId : new TreeSet<>(villageIds)) {
            if (!places.villageExists(villageId)) {
                throw DomainException.invalid("villageIds", "village " + villageId + " does not exist");
            }
        }
        repository.clearRoles(accountId);
        repository.clearVillages(accountId);
        EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles)
                .forEach(role -> repository.addRole(accountId, role.name()));
        new TreeSet<>(villageIds).forEach(villageId -> repository.addVillage(accountId, villageId));
    }
}
