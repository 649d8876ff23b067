package org.xinqiao.place;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.core.io.ResourceLoader;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default starts with 长寿镇 of 钟祥市 (the study's "e-commerce and passing on care" town): its real
 * villages, each with a service station, so a newcomer can try every flow at once. A production database starts empty.
 */
@Singleton
@Requires(property = "xinqiao.demo.enabled", value = "true")
class DemoCounty implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCounty.class);

    private final PlaceService places;
    private final ResourceLoader resources;

    DemoCounty(PlaceService places, io.micronaut.core.io.scan.ClassPathResourceLoader resources) {
        this.places = places;
        this.resources = resources;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (places.countVillages() > 0) {
            return;
        }
        var result = places.importDivisions(null, read("demo/townships.csv"), read("demo/villages.csv"));
        places.villages(null, io.micronaut.data.model.Pageable.from(0, 100)).items()
                .forEach(village -> places.addStation(null, village.id(), village.name().replace("村委会", "村").replace("社区居委会", "社区")
                        + "留守儿童关爱服务站", village.township().name() + village.name()));
        LOG.info("Demo county created: {} villages of 长寿镇, 钟祥市, each with a service station", result.villagesAdded());
    }

    private String read(String path) {
        try (InputStream in = resources.getResourceAsStream(path).orElseThrow(() -> new IllegalStateException(path + " missing"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
