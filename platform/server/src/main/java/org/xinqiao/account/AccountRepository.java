package org.xinqiao.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AccountRepository extends CrudRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    Optional<Account> findByOpenid(String openid);

    /** A later login without a unionid keeps the one already known. */
    @Query("UPDATE account SET session_key_enc = :sessionKeyEnc, unionid = COALESCE(:unionid, unionid) WHERE id = :id")
    void updateWeChatSession(Long id, String sessionKeyEnc, @Nullable String unionid);

    @Query("SELECT role FROM account_role WHERE account_id = :accountId ORDER BY role")
    List<String> findRoles(Long accountId);

    @Query("SELECT village_id FROM account_village WHERE account_id = :accountId ORDER BY village_id")
    List<Long> findVillageIds(Long accountId);

    @Query("INSERT INTO account_role (account_id, role) VALUES (:accountId, :role)")
    void addRole(Long accountId, String role);

    @Query("DELETE FROM account_role WHERE account_id = :accountId")
    void clearRoles(Long accountId);

    @Query("INSERT INTO account_village (account_id, village_id) VALUES (:accountId, :villageId)")
    void addVillage(Long accountId, Long villageId);

    @Query("DELETE FROM account_village WHERE account_id = :accountId")
    void clearVillages(Long accountId);

    @Query("SELECT COUNT(*) FROM account_role WHERE role = :role")
    long countWithRole(String role);
}
