package org.xinqiao.plugin;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.xinqiao.plugin.api.SaleLine;
import org.xinqiao.plugin.api.SaleStatus;

/**
 * The fund's side as the plugin tests need it: partners, and an intake that records every call and, like the fund,
 * counts a line once per (partner, line key): a line seen again is a duplicate, one that turned refunded reverses.
 * Active only in test contexts that set {@code xinqiao.plugins.test-partners}.
 */
@Singleton
@Replaces(PartnerSales.class)
@Requires(property = "xinqiao.plugins.test-partners", value = "true")
class TestPartnerSales implements PartnerSales {

    record Intake(long partnerId, String source, List<SaleLine> lines) {
    }

    private final Map<Long, PartnerView> partners = new ConcurrentHashMap<>();
    private final Map<String, SaleStatus> counted = new ConcurrentHashMap<>();
    private final List<Intake> intakes = Collections.synchronizedList(new ArrayList<>());

    /** A partner with an id no other test context uses (all share one database). */
    PartnerView add(String name, String pluginId) {
        long id = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
        PartnerView partner = new PartnerView(id, name, pluginId);
        partners.put(id, partner);
        return partner;
    }

    List<Intake> intakesOf(long partnerId) {
        synchronized (intakes) {
            return intakes.stream().filter(i -> i.partnerId() == partnerId).toList();
        }
    }

    /** The keys of the lines the fund counted for the partner. */
    List<String> countedKeys(long partnerId) {
        return counted.keySet().stream().filter(k -> k.startsWith(partnerId + ":"))
                .map(k -> k.substring(k.indexOf(':') + 1)).sorted().toList();
    }

    @Override
    public synchronized IntakeResult intake(long partnerId, String source, List<SaleLine> lines) {
        intakes.add(new Intake(partnerId, source, List.copyOf(lines)));
        int accepted = 0;
        int duplicates = 0;
        int reversed = 0;
        int ignored = 0;
        for (SaleLine line : lines) {
            String key = partnerId + ":" + line.key();
            SaleStatus before = counted.get(key);
            boolean sale = line.agricultural() && line.status() != SaleStatus.CLOSED && line.status() != SaleStatus.REFUNDED;
            if (before == null && !sale) {
                ignored++;
            } else if (before == null) {
                counted.put(key, line.status());
                accepted++;
            } else if (line.status() == SaleStatus.REFUNDED && before != SaleStatus.REFUNDED) {
                counted.put(key, line.status());
                reversed++;
            } else {
                duplicates++;
            }
        }
        return new IntakeResult(accepted, duplicates, reversed, ignored);
    }

    @Override
    public Optional<PartnerView> partner(long partnerId) {
        return Optional.ofNullable(partners.get(partnerId));
    }

    @Override
    public List<PartnerView> partnersUsing(String pluginId) {
        return partners.values().stream().filter(p -> pluginId.equals(p.platformPluginId())).toList();
    }
}
