package org.xinqiao.plugin;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;
import org.xinqiao.common.Page;
import org.xinqiao.common.PageQuery;
import org.xinqiao.plugin.api.Capability;
import org.xinqiao.plugin.api.OrderPage;
import org.xinqiao.plugin.api.OrderQuery;

/**
 * Pulls partners' orders from their platform plugins into the fund's intake (the {@code sales-sync} job calls
 * {@link #syncAll()}). Per partner: claim its watermark, walk every page of one window ({@link SyncWindow}), hand
 * each page's lines to intake (idempotent by line, so the overlap re-reads nothing twice into the fund), then move
 * the watermark to the window's end. A failed pull leaves the watermark where it was; the next one retries the same
 * window. Every pull is logged, failed and skipped ones included.
 */
@Singleton
public class PluginSyncService {

    private static final Logger LOG = LoggerFactory.getLogger(PluginSyncService.class);

    private final PluginHost host;
    private final PluginService plugins;
    private final PluginCalls calls;
    private final Partners partners;
    private final SyncStore store;
    private final PluginProperties properties;
    private final Clock clock;

    PluginSyncService(PluginHost host, PluginService plugins, PluginCalls calls, Partners partners, SyncStore store,
                      PluginProperties properties, Clock clock) {
        this.host = host;
        this.plugins = plugins;
        this.calls = calls;
        this.partners = partners;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * One pull for every partner of every installed plugin. A partner's failure is logged and does not stop the
     * others; partners of a disabled plugin are skipped (and the skip is logged).
     */
    public List<PullView> syncAll() {
        PartnerSales sales = partners.sales();
        List<PullView> pulls = new ArrayList<>();
        for (PluginHost.Entry plugin : host.entries()) {
            if ("INVALID".equals(plugin.state())) {
                continue;
            }
            for (PartnerSales.PartnerView partner : sales.partnersUsing(plugin.id())) {
                try {
                    pull(partner).ifPresent(pulls::add);
                } catch (DomainException failed) {
                    // logged as a FAILED pull already
                }
            }
        }
        LOG.info("sales sync: {} pulls, {} failed, {} skipped", pulls.size(),
                pulls.stream().filter(p -> p.outcome().equals("FAILED")).count(),
                pulls.stream().filter(p -> p.outcome().equals("SKIPPED")).count());
        return pulls;
    }

    /**
     * One pull of a partner's orders. Answers the logged pull; throws the pull's error (after logging it) if the
     * plugin failed, and SYNC_IN_PROGRESS if another pull of the partner is running.
     */
    public PullView sync(long partnerId) {
        return pull(partners.partner(partnerId)).orElseThrow(() -> new DomainException(ErrorCode.SYNC_IN_PROGRESS,
                "a sales sync of partner " + partnerId + " is already running"));
    }

    public Page<PullView> pulls(long partnerId, PageQuery query) {
        return Page.of(store.pulls(partnerId, query.pageable(Sort.unsorted())), p -> p);
    }

    public Optional<Instant> watermark(long partnerId) {
        return store.watermark(partnerId);
    }

    private Optional<PullView> pull(PartnerSales.PartnerView partner) {
        long partnerId = partner.id();
        String pluginId = Partners.pluginOf(partner);
        // whole seconds: the stored watermark comes back with no finer precision on every database we run on
        // (Connector/J takes MariaDB for MySQL 5.5 and drops fractions), and platforms filter by seconds anyway
        Instant started = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (!host.isEnabled(pluginId)) {
            LOG.info("sales sync: partner {} skipped, plugin {} is disabled or not installed", partnerId, pluginId);
            return Optional.of(skipped(partnerId, pluginId, started, "plugin " + pluginId + " is disabled or not installed"));
        }
        PluginService.Bound bound;
        try {
            bound = plugins.bind(partner, Capability.PULL_ORDERS);
        } catch (DomainException unusable) {
            if (unusable.code() == ErrorCode.PLUGIN_CAPABILITY_UNSUPPORTED || unusable.code() == ErrorCode.PLUGIN_DISABLED) {
                LOG.info("sales sync: partner {} skipped: {}", partnerId, unusable.getMessage());
                return Optional.of(skipped(partnerId, pluginId, started, unusable.getMessage()));
            }
            throw failed(partnerId, pluginId, null, new Counts(), started, unusable);
        }
        Optional<Instant> watermark = store.claim(partnerId, pluginId, started,
                started.minus(properties.syncLookBack()), started.plus(properties.syncLease()));
        if (watermark.isEmpty()) {
            LOG.info("sales sync: partner {} is being pulled by another run", partnerId);
            return Optional.empty();
        }
        SyncWindow window = SyncWindow.after(watermark.get(), started, properties.syncOverlap(), properties.syncMaxWindow());
        Counts counts = new Counts();
        try {
            if (!window.isEmpty()) {
                walk(partnerId, bound, window, counts);
            }
        } catch (DomainException | IllegalStateException error) {
            store.release(partnerId);
            throw failed(partnerId, pluginId, window, counts, started, error);
        }
        store.advance(partnerId, pluginId, window.to(), clock.instant());
        PullView logged = store.log(counts.pull(partnerId, pluginId, "OK", window, null, started, clock.instant()));
        LOG.info("sales sync: partner {} via {} [{}, {}): {} pages, {} lines of {} orders; {} accepted, {} duplicates, "
                        + "{} reversed, {} ignored", partnerId, pluginId, window.from(), window.to(), counts.pages,
                counts.lines, counts.orders.size(), counts.accepted, counts.duplicates, counts.reversed, counts.ignored);
        return Optional.of(logged);
    }

    private void walk(long partnerId, PluginService.Bound bound, SyncWindow window, Counts counts) {
        PartnerSales sales = partners.sales();
        Set<String> cursors = new HashSet<>();
        OrderQuery query = OrderQuery.firstPage(window.from(), window.to());
        while (true) {
            OrderQuery asked = query;
            OrderPage page = calls.call(bound.plugin(), "pullOrders",
                    () -> bound.platform().pullOrders(bound.context(), asked), p -> null);
            counts.pages++;
            counts.lines += page.lines().size();
            page.lines().forEach(line -> counts.orders.add(line.platformOrderId()));
            if (!page.lines().isEmpty()) {
                counts.add(sales.intake(partnerId, "sync", page.lines()));
            }
            Optional<String> next = page.nextCursor();
            if (next.isEmpty()) {
                return;
            }
            if (!cursors.add(next.get())) {
                throw new DomainException(ErrorCode.PLUGIN_FAILED, "plugin " + bound.plugin().pluginId()
                        + " returned the cursor '" + next.get() + "' twice in one window");
            }
            if (counts.pages >= properties.syncMaxPages()) {
                throw new DomainException(ErrorCode.PLUGIN_FAILED, "plugin " + bound.plugin().pluginId()
                        + " still had more pages after " + counts.pages + " (xinqiao.plugins.sync-max-pages)");
            }
            query = query.next(page);
        }
    }

    private PullView skipped(long partnerId, String pluginId, Instant started, String why) {
        return store.log(new Counts().pull(partnerId, pluginId, "SKIPPED", null, why, started, clock.instant()));
    }

    private RuntimeException failed(long partnerId, String pluginId, SyncWindow window, Counts counts, Instant started,
                                    RuntimeException error) {
        String message = error.getMessage() == null ? error.toString() : error.getMessage();
        store.log(counts.pull(partnerId, pluginId, "FAILED", window,
                message.length() > 500 ? message.substring(0, 500) : message, started, clock.instant()));
        LOG.warn("sales sync: partner {} via {} failed: {}", partnerId, pluginId, message);
        return error;
    }

    private static final class Counts {
        int pages;
        int lines;
        final Set<String> orders = new HashSet<>();
        int accepted;
        int duplicates;
        int reversed;
        int ignored;

        void add(PartnerSales.IntakeResult result) {
            accepted += result.accepted();
            duplicates += result.duplicates();
            reversed += result.reversed();
            ignored += result.ignored();
        }

        SyncStore.Pull pull(long partnerId, String pluginId, String outcome, SyncWindow window, String error,
                            Instant started, Instant ended) {
            return new SyncStore.Pull(null, partnerId, pluginId, outcome, window == null ? null : window.from(),
                    window == null ? null : window.to(), pages, lines, orders.size(), accepted, duplicates, reversed,
                    ignored, error, started, ended);
        }
    }
}
