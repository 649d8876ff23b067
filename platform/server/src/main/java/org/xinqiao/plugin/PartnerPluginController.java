package org.xinqiao.plugin;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.Map;
import org.xinqiao.common.Callers;
import org.xinqiao.common.Page;
import org.xinqiao.common.PageQuery;

/** A partner's side of its platform plugin: settings (keys only, values stay encrypted) and the sales sync. */
@Controller("/api/v1/admin/partners/{partnerId}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
@Tag(name = "Plugins")
class PartnerPluginController {

    private final PluginService plugins;
    private final PluginSyncService sync;

    PartnerPluginController(PluginService plugins, PluginSyncService sync) {
        this.plugins = plugins;
        this.sync = sync;
    }

    @Put("/plugin-settings")
    SettingsView replaceSettings(long partnerId, @Body @Valid SettingsRequest request, Authentication authentication) {
        return plugins.replaceSettings(Callers.id(authentication), partnerId, request.settings());
    }

    @Get("/plugin-settings")
    SettingsView settings(long partnerId) {
        return plugins.settings(partnerId);
    }

    /** Pulls the partner's orders now (one window); a plugin failure is answered as its problem, and logged. */
    @Post("/sales-sync")
    PullView syncNow(long partnerId) {
        return sync.sync(partnerId);
    }

    /** Imports an order-export file (multipart field {@code file}) through the partner's plugin, e.g. sales-file. */
    @Post(value = "/sales-files", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured({"ADMIN", "CIVIL_AFFAIRS"})
    PluginService.FileImportView importFile(long partnerId, @Part("file") CompletedFileUpload file, Authentication authentication)
            throws IOException {
        return plugins.importSalesFile(Callers.id(authentication), partnerId,
                file.getFilename() == null ? "upload.csv" : file.getFilename(), file.getBytes());
    }

    @Get("/sales-sync/pulls{?query*}")
    Page<PullView> pulls(long partnerId, @Valid PageQuery query) {
        return sync.pulls(partnerId, query);
    }

    @Serdeable
    record SettingsRequest(@NotNull @Size(max = 50) Map<String, String> settings) {
    }
}
