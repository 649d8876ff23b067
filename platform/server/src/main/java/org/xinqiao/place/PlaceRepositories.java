package org.xinqiao.place;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

final class PlaceRepositories {

    private PlaceRepositories() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Townships extends CrudRepository<Township, String> {
        List<Township> findByCodeIn(Collection<String> codes);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Villages extends CrudRepository<Village, Long> {
        Optional<Village> findByCode(String code);

        @io.micronaut.data.annotation.Query("SELECT id FROM village ORDER BY id")
        List<Long> findAllIds();

        Page<Village> findAll(Pageable pageable);

        Page<Village> findByTownshipCodeLike(String townshipCodePrefix, Pageable pageable);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Stations extends CrudRepository<Station, Long> {
        List<Station> findByVillageIdInOrderById(Collection<Long> villageIds);

        Page<Station> findAll(Pageable pageable);

        Page<Station> findByVillageId(long villageId, Pageable pageable);
    }
}
