package org.xinqiao.plugin.salesfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.xinqiao.plugin.api.OrderFile;
import org.xinqiao.plugin.api.OrderFileReader;
import org.xinqiao.plugin.api.PluginApi;

/** The packaged jar loads in PF4J the way the server loads it, and its reader works from there. */
class PluginJarIT {

    private PluginManager plugins;

    @AfterEach
    void stop() {
        if (plugins != null) {
            plugins.stopPlugins();
            plugins.unloadPlugins();
        }
    }

    @Test
    void theShadedJarStartsWithItsReaderAndReadsTheSample(@TempDir Path dir) throws IOException {
        Files.copy(Path.of(System.getProperty("plugin.jar", "target/sales-file-0.1.0-SNAPSHOT.jar")),
                dir.resolve("sales-file.jar"));
        plugins = new DefaultPluginManager(dir);
        plugins.setSystemVersion(PluginApi.VERSION);

        plugins.loadPlugins();
        plugins.startPlugins();

        assertEquals(PluginState.STARTED, plugins.getPlugin("sales-file").getPluginState());
        List<OrderFileReader> readers = plugins.getExtensions(OrderFileReader.class, "sales-file");
        assertEquals(1, readers.size());
        try (InputStream in = getClass().getResourceAsStream("/livestream-export-sample.csv")) {
            OrderFile file = readers.get(0).read("livestream-export-sample.csv", in);
            assertTrue(file.isAccepted(), () -> file.problems().toString());
            assertEquals(8, file.lines().size());
        }
    }
}
