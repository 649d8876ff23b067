package org.xinqiao.place;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.xinqiao.audit.AuditService;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;
import org.xinqiao.common.FieldError;
import org.xinqiao.common.Page;

/** Villages (with their national division codes) and their service stations. */
@Singleton
public class PlaceService {

    private final PlaceRepositories.Townships townships;
    private final PlaceRepositories.Villages villages;
    private final PlaceRepositories.Stations stations;
    private final AuditService audit;
    private final Clock clock;

    PlaceService(PlaceRepositories.Townships townships, PlaceRepositories.Villages villages, PlaceRepositories.Stations stations,
                 AuditService audit, Clock clock) {
        this.townships = townships;
        this.villages = villages;
        this.stations = stations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public boolean villageExists(long villageId) {
        return villages.existsById(villageId);
    }

    @Transactional
    public VillageView village(long villageId) {
        Village village = villages.findById(villageId).orElseThrow(() -> DomainException.notFound("Village " + villageId));
        return views(List.of(village)).get(0);
    }

    /** Villages in code order, optionally only those under a county or township code. */
    @Transactional
    public Page<VillageView> villages(@Nullable String divisionCode, Pageable pageable) {
        Pageable byCode = Pageable.from(pageable.getNumber(), pageable.getSize(), Sort.of(Sort.Order.asc("code")));
        var page = divisionCode == null ? villages.findAll(byCode) : villages.findByTownshipCodeLike(divisionCode + "%", byCode);
        List<VillageView> views = views(page.getContent());
        return new Page<>(views, page.getPageNumber(), page.getSize(), page.getTotalSize());
    }

    /** Every village's id: what the monthly and half-yearly jobs go through. */
    @Transactional
    public List<Long> villageIds() {
        return villages.findAllIds();
    }

    @Transactional
    public long countVillages() {
        return villages.count();
    }

    /**
     * Imports division files; unchanged rows stay untouched, so the same file twice changes nothing.
     * Any bad row rejects the whole import with every problem listed by line.
     */
    @Transactional
    public ImportResult importDivisions(@Nullable Long actorId, @Nullable String townshipsCsv, @Nullable String villagesCsv) {
        DivisionImport.Parsed parsed;
        try {
            parsed = DivisionImport.parse(reader(townshipsCsv), reader(villagesCsv));
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new DomainException(ErrorCode.INVALID_IMPORT, "The CSV could not be read: " + e.getMessage());
        }
        List<FieldError> errors = new ArrayList<>(parsed.errors());
        Set<String> townshipsNotInFile = parsed.villages().values().stream().map(DivisionImport.VillageRow::townshipCode)
                .filter(code -> !parsed.townships().containsKey(code)).collect(Collectors.toSet());
        Set<String> stored = townshipsNotInFile.isEmpty() ? Set.of()
                : townships.findByCodeIn(townshipsNotInFile).stream().map(Township::code).collect(Collectors.toSet());
        townshipsNotInFile.stream().filter(code -> !stored.contains(code)).sorted()
                .forEach(code -> errors.add(new FieldError("villages", "township " + code + " is neither in the file nor imported before")));
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorCode.INVALID_IMPORT, errors.size() + " problem(s) in the division files; nothing was imported",
                    errors, null);
        }
        Counts townshipCounts = new Counts();
        parsed.townships().values().forEach(township -> townshipCounts.add(upsert(township)));
        Counts villageCounts = new Counts();
        parsed.villages().values().forEach(row -> villageCounts.add(upsert(row.code(), row.name(), row.townshipCode())));
        ImportResult result = new ImportResult(townshipCounts.added, townshipCounts.updated, townshipCounts.unchanged,
                villageCounts.added, villageCounts.updated, villageCounts.unchanged);
        if (townshipCounts.changed() || villageCounts.changed()) {
            audit.record(actorId, "divisions.import", "divisions", "-", result.toString());
        }
        return result;
    }

    /** Adds (or renames) one village and its township, with a first station if named. */
    @Transactional
    public VillageView createVillage(@Nullable Long actorId, Township township, String code, String name, @Nullable String stationName) {
        upsert(township);
        Change change = upsert(code, name, township.code());
        Village village = villages.findByCode(code).orElseThrow();
        audit.record(actorId, "village." + change.name().toLowerCase(), "village", village.id().toString(), name);
        if (stationName != null) {
            addStation(actorId, village.id(), stationName, null);
        }
        return village(village.id());
    }

    @Transactional
    public VillageView.StationView addStation(@Nullable Long actorId, long villageId, String name, @Nullable String address) {
        if (!villages.existsById(villageId)) {
            throw DomainException.notFound("Village " + villageId);
        }
        Station station = stations.save(new Station(null, villageId, name, address, clock.instant()));
        audit.record(actorId, "station.create", "station", station.id().toString(), name);
        return new VillageView.StationView(station.id(), station.name(), station.address());
    }

    /** One station with its village, for features that hang rooms, slots and appointments on stations. */
    @Transactional
    public StationPlace station(long stationId) {
        return stations.findById(stationId).map(StationPlace::of).orElseThrow(() -> DomainException.notFound("Station " + stationId));
    }

    /** Stations in id order, optionally only those of one village. */
    @Transactional
    public Page<StationPlace> stations(@Nullable Long villageId, Pageable pageable) {
        Pageable byId = Pageable.from(pageable.getNumber(), pageable.getSize(), Sort.of(Sort.Order.asc("id")));
        return Page.of(villageId == null ? stations.findAll(byId) : stations.findByVillageId(villageId, byId), StationPlace::of);
    }

    private Change upsert(Township township) {
        var existing = townships.findById(township.code());
        if (existing.isEmpty()) {
            townships.save(township);
            return Change.ADDED;
        }
        if (existing.get().equals(township)) {
            return Change.UNCHANGED;
        }
        townships.update(township);
        return Change.UPDATED;
    }

    private Change upsert(String code, String name, String townshipCode) {
        var existing = villages.findByCode(code);
        if (existing.isEmpty()) {
            villages.save(new Village(null, code, name, townshipCode, clock.instant()));
            return Change.ADDED;
        }
        Village village = existing.get();
        if (village.name().equals(name) && village.townshipCode().equals(townshipCode)) {
            return Change.UNCHANGED;
        }
        villages.update(new Village(village.id(), code, name, townshipCode, village.createdAt()));
        return Change.UPDATED;
    }

    private List<VillageView> views(List<Village> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<String, Township> townshipsByCode = townships.findByCodeIn(page.stream().map(Village::townshipCode).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Township::code, Function.identity()));
        Map<Long, List<Station>> stationsByVillage = stations.findByVillageIdInOrderById(page.stream().map(Village::id).toList()).stream()
                        .collect(Collectors.groupingBy(Station::villageId));
        return page.stream().map(village -> {
            Township township = townshipsByCode.get(village.townshipCode());
            return new VillageView(village.id(), village.code(), village.name(),
                    new VillageView.Division(township.code(), township.name()),
                    new VillageView.Division(township.countyCode(), township.countyName()),
                    township.cityName(), township.provinceName(),
                    stationsByVillage.getOrDefault(village.id(), List.of()).stream()
                            .map(s -> new VillageView.StationView(s.id(), s.name(), s.address())).toList());
        }).toList();
    }

    private static StringReader reader(@Nullable String csv) {
        // Spreadsheet exports often start with a byte-order mark, which would hide the first column's name.
        return csv == null ? null : new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv);
    }

    private enum Change { ADDED, UPDATED, UNCHANGED }

    private static final class Counts {
        int added;
        int updated;
        int unchanged;

        void add(Change change) {
            switch (change) {
                case ADDED -> added++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }

        boolean changed() {
            return added + updated > 0;
        }
    }

    @io.micronaut.serde.annotation.Serdeable
    public record StationPlace(long id, long villageId, String name, @Nullable String address) {
        static StationPlace of(Station station) {
            return new StationPlace(station.id(), station.villageId(), station.name(), station.address());
        }
    }

    @io.micronaut.serde.annotation.Serdeable
    public record ImportResult(int townshipsAdded, int townshipsUpdated, int townshipsUnchanged,
                               int villagesAdded, int villagesUpdated, int villagesUnchanged) {
    }
}
