package org.xinqiao.plugin;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.xinqiao.common.Callers;
import org.xinqiao.common.Page;
import org.xinqiao.common.PageQuery;

@Controller("/api/v1/admin/plugins")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
@Tag(name = "Plugins")
class PluginAdminController {

    private final PluginService plugins;

    PluginAdminController(PluginService plugins) {
        this.plugins = plugins;
    }

    /** Installed plugins with their state, extensions and circuit; files that could not be loaded are INVALID. */
    @Get("{?query*}")
    Page<PluginView> list(@Valid PageQuery query) {
        List<PluginView> all = plugins.plugins();
        int size = query.size() == null ? 20 : query.size();
        int page = query.page() == null ? 0 : query.page();
        List<PluginView> items = all.stream().skip((long) page * size).limit(size).toList();
        return new Page<>(items, page, size, all.size());
    }

    @Get("/{id}")
    PluginView get(String id) {
        return plugins.plugin(id);
    }

    /** Installs a plugin jar (multipart field {@code file}); a new version of an installed plugin replaces it. */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<PluginView> install(@Part("file") CompletedFileUpload file, Authentication authentication) {
        Path upload = null;
        try (InputStream in = file.getInputStream()) {
            upload = Files.createTempFile("plugin-upload-", ".jar");
            Files.copy(in, upload, StandardCopyOption.REPLACE_EXISTING);
            return HttpResponse.created(plugins.install(Callers.id(authentication), upload));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (upload != null) {
                try {
                    Files.deleteIfExists(upload);
                } catch (IOException ignored) {
                    // a temporary file; the system cleans its temp directory
                }
            }
        }
    }

    @Post("/{id}/enable")
    PluginView enable(String id, Authentication authentication) {
        return plugins.enable(Callers.id(authentication), id);
    }

    @Post("/{id}/disable")
    PluginView disable(String id, Authentication authentication) {
        return plugins.disable(Callers.id(authentication), id);
    }

    @Delete("/{id}")
    HttpResponse<Void> uninstall(String id, Authentication authentication) {
        plugins.uninstall(Callers.id(authentication), id);
        return HttpResponse.noContent();
    }

}
