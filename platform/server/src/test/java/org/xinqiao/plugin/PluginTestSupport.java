package org.xinqiao.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.xinqiao.support.Api;

/** Plugin directories for test contexts, the reactor's livestream-store jar, and multipart uploads. */
final class PluginTestSupport {

    private PluginTestSupport() {
    }

    /** The packaged livestream-store plugin the reactor built. */
    static Path livestreamJar() {
        Path jar = Path.of(System.getProperty("livestream.plugin.jar",
                "../../plugins/livestream-store/target/livestream-store-0.1.0-SNAPSHOT.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("build the livestream-store plugin first: " + jar.toAbsolutePath());
        }
        return jar;
    }

    static Path freshDir(String name) {
        try {
            return Files.createDirectories(Path.of("target", "plugin-tests", name + "-" + UUID.randomUUID()))
                    .toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path copyInto(Path dir, Path jar) {
        try {
            return Files.copy(jar, dir.resolve(jar.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Api.Res upload(Api api, String token, Path file) {
        try {
            return api.upload("/api/v1/admin/plugins", token, "file", file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Api.Res postEmpty(Api api, String path, String token) {
        return api.send(api.builder(path, token).POST(HttpRequest.BodyPublishers.noBody()));
    }

    static Api.Res delete(Api api, String path, String token) {
        return api.send(api.builder(path, token).DELETE());
    }

    /** The listed plugin of that id, as JSON text of the list response's item. */
    static io.micronaut.json.tree.JsonNode listed(Api.Res list, String id) {
        for (io.micronaut.json.tree.JsonNode item : list.node("items").values()) {
            if (id.equals(item.get("id").getStringValue())) {
                return item;
            }
        }
        throw new AssertionError("plugin " + id + " not listed: " + list.raw());
    }
}
