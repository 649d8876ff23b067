package org.xinqiao.plugin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.pf4j.DefaultVersionManager;
import org.xinqiao.common.ErrorCode;

/**
 * Looks inside a plugin jar before PF4J loads it, so that the usual packaging mistakes get a clear refusal rather
 * than a plugin that starts with no extensions: no manifest, a {@code Plugin-Requires} this server does not meet,
 * no extension index, a bundled copy of plugin-api or PF4J.
 */
final class PluginFileCheck {

    static final String EXTENSION_INDEX = "META-INF/extensions.idx";
    private static final Pattern PLUGIN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    record Descriptor(String id, String version, String requires, String provider, String description) {
    }

    private PluginFileCheck() {
    }

    static Descriptor inspect(Path file, String systemVersion) {
        try (JarFile jar = new JarFile(file.toFile())) {
            Descriptor descriptor = descriptor(jar.getManifest());
            checkRequires(descriptor, systemVersion);
            checkContents(jar);
            return descriptor;
        } catch (IOException | SecurityException notAJar) {
            throw new InvalidPluginFileException(ErrorCode.PLUGIN_FILE_INVALID, "the file is not a jar: " + notAJar.getMessage());
        }
    }

    private static Descriptor descriptor(Manifest manifest) {
        Attributes main = manifest == null ? new Attributes() : manifest.getMainAttributes();
        String id = trimmed(main.getValue("Plugin-Id"));
        String version = trimmed(main.getValue("Plugin-Version"));
        if (id.isEmpty() || version.isEmpty()) {
            throw new InvalidPluginFileException(ErrorCode.PLUGIN_MANIFEST_MISSING,
                    "the jar has no PF4J manifest: META-INF/MANIFEST.MF must carry Plugin-Id and Plugin-Version");
        }
        if (!PLUGIN_ID.matcher(id).matches()) {
            throw new InvalidPluginFileException(ErrorCode.PLUGIN_FILE_INVALID,
                    "Plugin-Id must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        String requires = trimmed(main.getValue("Plugin-Requires"));
        return new Descriptor(id, version, requires.isEmpty() ? "*" : requires, trimmed(main.getValue("Plugin-Provider")),
                trimmed(main.getValue("Plugin-Description")));
    }

    private static void checkRequires(Descriptor descriptor, String systemVersion) {
        boolean met;
        try {
            met = new DefaultVersionManager().checkVersionConstraint(systemVersion, descriptor.requires());
        } catch (RuntimeException unreadable) {
            throw new InvalidPluginFileException(ErrorCode.PLUGIN_REQUIRES_UNMET,
                    "Plugin-Requires '" + descriptor.requires() + "' is not a version expression such as >=1.0.0 & <2.0.0");
        }
        if (!met) {
            throw new InvalidPluginFileException(ErrorCode.PLUGIN_REQUIRES_UNMET, "the plugin requires plugin API "
                    + descriptor.requires() + "; this server offers " + systemVersion);
        }
    }

    private static void checkContents(JarFile jar) throws IOException {
        Enumeration<? extends ZipEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (name.startsWith("org/xinqiao/plugin/api/")) {
                throw new InvalidPluginFileException(ErrorCode.PLUGIN_BUNDLES_API,
                        "the jar bundles a copy of plugin-api (" + name + "): mark org.xinqiao:plugin-api provided");
            }
            if (name.startsWith("org/pf4j/")) {
                throw new InvalidPluginFileException(ErrorCode.PLUGIN_BUNDLES_API,
                        "the jar bundles a copy of PF4J (" + name + "): mark org.pf4j:pf4j provided");
            }
        }
        ZipEntry index = jar.getEntry(EXTENSION_INDEX);
        String listed = index == null ? "" : new String(jar.getInputStream(index).readAllBytes(), StandardCharsets.UTF_8);
        boolean anyExtension = listed.lines().map(String::trim).anyMatch(line -> !line.isEmpty() && !line.startsWith("#"));
        if (!anyExtension) {
            throw new InvalidPluginFileException(ErrorCode.PLUGIN_EXTENSION_INDEX_MISSING, "the jar has no "
                    + EXTENSION_INDEX + " listing its extensions: run PF4J's annotation processor when compiling "
                    + "(plugins/README.md)");
        }
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }
}
