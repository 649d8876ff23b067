package org.xinqiao.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinqiao.common.ErrorCode;

/** What a plugin file must be before PF4J is asked to load it. */
class PluginFileCheckTest {

    @TempDir
    Path dir;

    @Test
    void aWellPackagedPluginIsDescribedByItsManifest() {
        Path jar = TestPlugins.build(TestPlugins.Spec.of("good-one", "1.2.3", TestPlugins.NULL), dir);

        PluginFileCheck.Descriptor descriptor = PluginFileCheck.inspect(jar, "1.0.0");

        assertEquals(new PluginFileCheck.Descriptor("good-one", "1.2.3", ">=1.0.0 & <2.0.0", "Tests", ""), descriptor);
    }

    @Test
    void aJarWithoutPluginManifestIsRefused() {
        Path jar = TestPlugins.build(TestPlugins.Spec.of("no-manifest", "1.0.0", TestPlugins.NULL).withoutManifest(), dir);

        assertEquals(ErrorCode.PLUGIN_MANIFEST_MISSING, refusal(jar));
    }

    @Test
    void aPluginForTheNextMajorApiIsRefused() {
        Path jar = TestPlugins.build(TestPlugins.Spec.of("future", "1.0.0", TestPlugins.NULL).requires(">=2.0.0"), dir);

        InvalidPluginFileException e = assertThrows(InvalidPluginFileException.class,
                () -> PluginFileCheck.inspect(jar, "1.0.0"));

        assertEquals(ErrorCode.PLUGIN_REQUIRES_UNMET, e.code());
        assertTrue(e.getMessage().contains(">=2.0.0") && e.getMessage().contains("1.0.0"), e.getMessage());
    }

    @Test
    void aPluginWithoutExtensionIndexIsRefused() {
        Path jar = TestPlugins.build(TestPlugins.Spec.of("no-index", "1.0.0", TestPlugins.NULL).withoutIndex(), dir);

        assertEquals(ErrorCode.PLUGIN_EXTENSION_INDEX_MISSING, refusal(jar));
    }

    @Test
    void aPluginBundlingThePluginApiIsRefusedWithTheFix() {
        Path jar = TestPlugins.build(TestPlugins.Spec.of("bundler", "1.0.0", TestPlugins.NULL).bundlingTheApi(), dir);

        InvalidPluginFileException e = assertThrows(InvalidPluginFileException.class,
                () -> PluginFileCheck.inspect(jar, "1.0.0"));

        assertEquals(ErrorCode.PLUGIN_BUNDLES_API, e.code());
        assertTrue(e.getMessage().contains("bundles a copy of plugin-api") && e.getMessage().contains("provided"));
    }

    @Test
    void aFileThatIsNoJarIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.jar"), "hello");

        assertEquals(ErrorCode.PLUGIN_FILE_INVALID, refusal(file));
    }

    private static ErrorCode refusal(Path jar) {
        return assertThrows(InvalidPluginFileException.class, () -> PluginFileCheck.inspect(jar, "1.0.0")).code();
    }
}
