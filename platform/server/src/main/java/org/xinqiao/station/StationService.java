package org.xinqiao.station;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.TransactionDefinition;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xinqiao.account.AccountService;
import org.xinqiao.account.Role;
import org.xinqiao.audit.AuditService;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;
import org.xinqiao.common.Page;
import org.xinqiao.need.ServiceType;
import org.xinqiao.place.PlaceService;
import org.xinqiao.provider.ProviderService;
import org.xinqiao.provider.ProviderView;
import org.xinqiao.provider.WeeklyWindow;

/**
 * Rooms, opening hours and slots of the service stations. Station staff of the station's village (or an
 * administrator) manage them. {@link #takeSeat} and {@link #releaseSeat} join the caller's transaction, so a
 * booking's seat and its appointment commit or roll back together.
 */
@Singleton
public class StationService {

    private final StationRepositories.Rooms rooms;
    private final StationRepositories.Hours hours;
    private final StationRepositories.Slots slots;
    private final PlaceService places;
    private final ProviderService providers;
    private final AccountService accounts;
    private final AuditService audit;
    private final Clock clock;
    private final ZoneId zone;
    private final Duration defaultLength;
    private final int maxDays;
    private final SlotGenerationPolicy policy = new SlotGenerationPolicy();

    StationService(StationRepositories.Rooms rooms, StationRepositories.Hours hours, StationRepositories.Slots slots,
                   PlaceService places, ProviderService providers, AccountService accounts, AuditService audit, Clock clock,
                   @Value("${xinqiao.time-zone}") ZoneId zone,
                   @Value("${xinqiao.stations.slot-length:PT1H}") Duration defaultLength,
                   @Value("${xinqiao.stations.max-generation-days:92}") int maxDays) {
        this.rooms = rooms;
        this.hours = hours;
        this.slots = slots;
        this.places = places;
        this.providers = providers;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
        this.defaultLength = defaultLength;
        this.maxDays = maxDays;
    }

    /** A station with its rooms and opening hours. */
    @Serdeable
    public record StationDetails(long id, long villageId, String name, @Nullable String address, List<Room> rooms,
                                 List<WeeklyWindow> openingHours) {
    }

    /** What a generation run did: slots created, and slots that existed already (generation is idempotent). */
    @Serdeable
    public record Generated(int created, int existing) {
    }

    @Transactional
    public Page<StationDetails> stations(@Nullable Long villageId, Pageable pageable) {
        Page<PlaceService.StationPlace> page = places.stations(villageId, pageable);
        return new Page<>(page.items().stream().map(this::details).toList(), page.page(), page.size(), page.total());
    }

    @Transactional
    public StationDetails station(long stationId) {
        return details(places.station(stationId));
    }

    @Transactional
    public Room addRoom(long actorId, long stationId, RoomKind kind, String name, int capacity) {
        PlaceService.StationPlace station = managed(actorId, stationId);
        Room room = rooms.save(new Room(null, station.id(), kind, name.strip(), capacity, clock.instant()));
        audit.record(actorId, "station.room.create", "station", Long.toString(stationId), kind + " " + name);
        return room;
    }

    /** Replaces the station's weekly opening hours. */
    @Transactional
    public StationDetails setOpeningHours(long actorId, long stationId, List<WeeklyWindow> windows) {
        PlaceService.StationPlace station = managed(actorId, stationId);
        for (WeeklyWindow w : windows) {
            if (!w.from().isBefore(w.to())) {
                throw DomainException.invalid("hours", "each window must close after it opens");
            }
        }
        hours.deleteByStationId(stationId);
        windows.forEach(w -> hours.save(new OpeningHours(null, stationId, w.dayOfWeek().getValue(), w.from(), w.to())));
        audit.record(actorId, "station.opening-hours", "station", Long.toString(stationId), windows.size() + " window(s)");
        return details(station);
    }

    /**
     * Generates the slots of [from, to] (civil dates, both included) for a provider and/or a room: the station's
     * opening hours, intersected with the provider's availability, on the days the provider may deliver the service
     * (qualification unexpired). Slots that exist already are left as they are.
     */
    @Transactional
    public Generated generate(long actorId, long stationId, LocalDate from, LocalDate to, ServiceType serviceType,
                              @Nullable Long providerId, @Nullable Long roomId, @Nullable Duration length, @Nullable Integer capacity) {
        PlaceService.StationPlace station = managed(actorId, stationId);
        if (providerId == null && roomId == null) {
            throw DomainException.invalid("providerId", "give a providerId, a roomId or both");
        }
        if (to.isBefore(from)) {
            throw DomainException.invalid("to", "must not be before from");
        }
        if (from.plusDays(maxDays).isBefore(to.plusDays(1))) {
            throw DomainException.invalid("to", "at most " + maxDays + " days at once");
        }
        Room room = null;
        if (roomId != null) {
            room = rooms.findById(roomId).filter(r -> r.stationId() == stationId)
                    .orElseThrow(() -> DomainException.invalid("roomId", "room " + roomId + " is not a room of station " + stationId));
        }
        int seats = capacity != null ? capacity : 1;
        if (seats < 1 || (room != null && seats > room.capacity())) {
            throw DomainException.invalid("capacity", room == null ? "must be at least 1" : "must be between 1 and the room's " + room.capacity());
        }
        Duration slotLength = length == null ? defaultLength : length;
        if (slotLength.compareTo(Duration.ofMinutes(10)) < 0 || slotLength.compareTo(Duration.ofHours(12)) > 0) {
            throw DomainException.invalid("minutes", "a slot lasts between 10 minutes and 12 hours");
        }
        ProviderView provider = null;
        if (providerId != null) {
            provider = providers.provider(providerId);
            if (!provider.serves(station.villageId()) || !provider.serviceTypes().contains(serviceType)) {
                throw DomainException.invalid("providerId", "the provider does not offer " + serviceType + " in this station's village");
            }
        }
        ProviderView deliverer = provider;
        List<WeeklyWindow> opening = openingHours(stationId);
        List<SlotGenerationPolicy.Candidate> candidates = policy.slots(from, to, opening,
                deliverer == null ? List.of() : deliverer.availability(), deliverer != null, slotLength,
                day -> deliverer == null || deliverer.mayDeliver(serviceType, day));
        Map<String, Slot> wanted = new LinkedHashMap<>();
        Instant now = clock.instant();
        for (SlotGenerationPolicy.Candidate c : candidates) {
            Instant start = c.start().atZone(zone).toInstant();
            Instant end = c.end().atZone(zone).toInstant();
            String key = Slot.key(stationId, providerId, roomId, serviceType, start);
            wanted.put(key, new Slot(null, stationId, station.villageId(), providerId, roomId, serviceType, start, end, seats, 0, key, now));
        }
        Set<String> existing = new HashSet<>();
        List<String> keys = new ArrayList<>(wanted.keySet());
        for (int i = 0; i < keys.size(); i += 500) {
            slots.findBySlotKeyIn(keys.subList(i, Math.min(keys.size(), i + 500))).forEach(s -> existing.add(s.slotKey()));
        }
        List<Slot> fresh = wanted.values().stream().filter(s -> !existing.contains(s.slotKey())).toList();
        if (!fresh.isEmpty()) {
            slots.saveAll(fresh);
            audit.record(actorId, "station.slots.generate", "station", Long.toString(stationId),
                    fresh.size() + " " + serviceType + " slot(s) " + from + ".." + to);
        }
        return new Generated(fresh.size(), existing.size());
    }

    /** Slots starting on the civil days [from, to], in start order. */
    @Transactional
    public Page<SlotView> slots(long stationId, LocalDate from, LocalDate to, @Nullable ServiceType serviceType, Pageable pageable) {
        places.station(stationId);
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Pageable byStart = Pageable.from(pageable.getNumber(), pageable.getSize(), Sort.of(Sort.Order.asc("startsAt"), Sort.Order.asc("id")));
        var page = serviceType == null
                ? slots.findByStationIdAndStartsAtGreaterThanEqualsAndStartsAtLessThan(stationId, start, end, byStart)
                : slots.findByStationIdAndServiceTypeAndStartsAtGreaterThanEqualsAndStartsAtLessThan(stationId, serviceType, start, end, byStart);
        return Page.of(page, SlotView::of);
    }

    @Transactional
    public SlotView slot(long slotId) {
        return slots.findById(slotId).map(SlotView::of).orElseThrow(() -> DomainException.notFound("Slot " + slotId));
    }

    /** Takes one seat of the slot in the caller's transaction; false if none is left. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public boolean takeSeat(long slotId) {
        return slots.takeSeat(slotId) == 1;
    }

    /** Gives a seat back in the caller's transaction (a cancellation). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void releaseSeat(long slotId) {
        slots.releaseSeat(slotId);
    }

    /** True if the account is an administrator or acts for the station's village. */
    @Transactional
    public boolean manages(long accountId, long stationId) {
        PlaceService.StationPlace station = places.station(stationId);
        return accounts.rolesOf(accountId).contains(Role.ADMIN) || accounts.actsForVillage(accountId, station.villageId());
    }

    private PlaceService.StationPlace managed(long actorId, long stationId) {
        PlaceService.StationPlace station = places.station(stationId);
        if (!accounts.rolesOf(actorId).contains(Role.ADMIN) && !accounts.actsForVillage(actorId, station.villageId())) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only staff of the station's village may manage it");
        }
        return station;
    }

    private List<WeeklyWindow> openingHours(long stationId) {
        return hours.findByStationIdOrderByDayOfWeekAndOpens(stationId).stream()
                .map(h -> new WeeklyWindow(DayOfWeek.of(h.dayOfWeek()), h.opens(), h.closes())).toList();
    }

    private StationDetails details(PlaceService.StationPlace station) {
        return new StationDetails(station.id(), station.villageId(), station.name(), station.address(),
                rooms.findByStationIdOrderById(station.id()), openingHours(station.id()));
    }
}
