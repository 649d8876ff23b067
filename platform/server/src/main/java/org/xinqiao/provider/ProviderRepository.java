package org.xinqiao.provider;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ProviderRepository extends CrudRepository<Provider, Long> {

    Optional<Provider> findByAccountId(long accountId);

    Page<Provider> findByStatus(ProviderStatus status, Pageable pageable);

    Page<Provider> findAll(Pageable pageable);
}
