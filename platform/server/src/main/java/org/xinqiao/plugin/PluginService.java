package org.xinqiao.plugin;

import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xinqiao.audit.AuditService;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;
import org.xinqiao.common.FieldError;
import org.xinqiao.plugin.api.Capability;
import org.xinqiao.plugin.api.CommercePlatform;
import org.xinqiao.plugin.api.EventAnnouncement;
import org.xinqiao.plugin.api.OrderFile;
import org.xinqiao.plugin.api.OrderFileReader;
import org.xinqiao.plugin.api.PartnerContext;
import org.xinqiao.plugin.api.PluginApi;
import org.xinqiao.plugin.api.VipGrant;
import org.xinqiao.plugin.api.VoucherRequest;
import org.xinqiao.plugin.api.VoucherResult;
import org.xinqiao.plugin.api.WebhookReply;
import org.xinqiao.plugin.api.WebhookRequest;
import org.xinqiao.plugin.api.WebhookResult;

/**
 * The plugins as the rest of the server uses them. Every operation on a partner's platform goes to the plugin the
 * partner uses ({@code platformPluginId}), with the partner's settings, through {@link PluginCalls}: it fails with a
 * {@link DomainException} (PLUGIN_TIMEOUT, PLUGIN_FAILED, PLUGIN_CIRCUIT_OPEN, PLUGIN_DISABLED,
 * PLUGIN_CAPABILITY_UNSUPPORTED …) and never with the plugin's own exception.
 */
@Singleton
public class PluginService {

    private final PluginHost host;
    private final PluginCalls calls;
    private final PartnerSettings settings;
    private final Partners partners;
    private final AuditService audit;

    PluginService(PluginHost host, PluginCalls calls, PartnerSettings settings, Partners partners, AuditService audit) {
        this.host = host;
        this.calls = calls;
        this.settings = settings;
        this.partners = partners;
        this.audit = audit;
    }

    /** Every installed plugin, and every file of the plugins directory that could not be loaded as one. */
    public List<PluginView> plugins() {
        return host.entries().stream().map(this::view).toList();
    }

    public PluginView plugin(String pluginId) {
        return view(host.entry(pluginId).orElseThrow(() -> DomainException.notFound("plugin " + pluginId)));
    }

    /** Installs (or upgrades) a plugin from a file; refuses files that cannot work here, saying why. */
    public PluginView install(long actorId, Path file) {
        PluginFileCheck.Descriptor descriptor = PluginFileCheck.inspect(file, PluginApi.VERSION);
        PluginHost.Entry entry = host.install(descriptor, file);
        calls.reset(descriptor.id());
        audit.record(actorId, "plugin.install", "plugin", descriptor.id(), "version " + descriptor.version());
        return view(entry);
    }

    public PluginView enable(long actorId, String pluginId) {
        host.enable(pluginId);
        calls.reset(pluginId);
        audit.record(actorId, "plugin.enable", "plugin", pluginId, null);
        return plugin(pluginId);
    }

    public PluginView disable(long actorId, String pluginId) {
        host.disable(pluginId);
        audit.record(actorId, "plugin.disable", "plugin", pluginId, null);
        return plugin(pluginId);
    }

    public void uninstall(long actorId, String pluginId) {
        host.uninstall(pluginId);
        calls.reset(pluginId);
        audit.record(actorId, "plugin.uninstall", "plugin", pluginId, null);
    }

    /** Replaces a partner's settings for its platform plugin, stored encrypted. */
    public SettingsView replaceSettings(long actorId, long partnerId, Map<String, String> values) {
        PartnerSales.PartnerView partner = partners.partner(partnerId);
        String pluginId = Partners.pluginOf(partner);
        values.forEach((key, value) -> {
            if (key == null || key.isBlank() || key.length() > 100) {
                throw DomainException.invalid("settings", "keys are 1 to 100 characters");
            }
            if (value == null) {
                throw DomainException.invalid("settings." + key, "must be a text value");
            }
        });
        List<String> keys = settings.replace(partnerId, pluginId, values);
        audit.record(actorId, "plugin.settings", "partner", Long.toString(partnerId), "keys " + keys);
        return new SettingsView(partnerId, pluginId, keys);
    }

    public SettingsView settings(long partnerId) {
        String pluginId = Partners.pluginOf(partners.partner(partnerId));
        return new SettingsView(partnerId, pluginId, settings.keys(partnerId, pluginId));
    }

    /**
     * Handles a platform's push to {@code /webhooks/{pluginId}/{partnerId}}: the plugin verifies it (a bad signature
     * is INVALID_SIGNATURE and nothing is recorded), its lines go to the fund's intake, and the plugin's reply is
     * what the platform gets.
     */
    public WebhookReply webhook(String pluginId, long partnerId, WebhookRequest request) {
        PartnerSales sales = partners.sales();
        PartnerSales.PartnerView partner = partners.partner(partnerId);
        if (!pluginId.equals(partner.platformPluginId())) {
            throw DomainException.notFound("plugin " + pluginId + " of partner " + partnerId);
        }
        Bound bound = bind(partner, Capability.WEBHOOK);
        WebhookResult result = calls.call(bound.plugin(), "parseWebhook",
                () -> bound.platform().parseWebhook(bound.context(), request), r -> null);
        if (!result.lines().isEmpty()) {
            sales.intake(partnerId, "webhook", result.lines());
        }
        return result.reply();
    }

    /** What the partner's platform plugin offers. */
    public Set<Capability> capabilities(long partnerId) {
        PartnerSales.PartnerView partner = partners.partner(partnerId);
        PluginHost.Loaded plugin = host.started(Partners.pluginOf(partner));
        return capabilities(plugin, platformOf(plugin));
    }

    public VoucherResult issueVoucher(long partnerId, VoucherRequest request) {
        Bound bound = bind(partners.partner(partnerId), Capability.ISSUE_VOUCHER);
        return calls.call(bound.plugin(), "issueVoucher", () -> bound.platform().issueVoucher(bound.context(), request),
                r -> null);
    }

    public void grantVip(long partnerId, VipGrant grant) {
        Bound bound = bind(partners.partner(partnerId), Capability.GRANT_VIP);
        calls.call(bound.plugin(), "grantVip", () -> {
            bound.platform().grantVip(bound.context(), grant);
            return Boolean.TRUE;
        }, r -> null);
    }

    public void announceEvent(long partnerId, EventAnnouncement announcement) {
        Bound bound = bind(partners.partner(partnerId), Capability.ANNOUNCE_EVENT);
        calls.call(bound.plugin(), "announceEvent", () -> {
            bound.platform().announceEvent(bound.context(), announcement);
            return Boolean.TRUE;
        }, r -> null);
    }

    /**
     * Announces an event on the platform of every partner whose plugin is started and offers announcements. One
     * partner's failure does not stop the others; the counts say what happened.
     */
    public Announced announceToAllPartners(EventAnnouncement announcement) {
        int announced = 0;
        int unsupported = 0;
        int failed = 0;
        for (PluginView plugin : plugins()) {
            if (!"STARTED".equals(plugin.state())) {
                continue;
            }
            for (PartnerSales.PartnerView partner : partners.sales().partnersUsing(plugin.id())) {
                try {
                    if (capabilities(partner.id()).contains(Capability.ANNOUNCE_EVENT)) {
                        announceEvent(partner.id(), announcement);
                        announced++;
                    } else {
                        unsupported++;
                    }
                } catch (DomainException e) {
                    failed++;
                }
            }
        }
        return new Announced(announced, unsupported, failed);
    }

    /** How an announcement went: partners announced to, partners whose platform has no announcements, failures. */
    public record Announced(int announced, int unsupported, int failed) {
    }

    /**
     * Imports a partner's order-export file through its platform plugin's file reader into the fund's intake
     * (source {@code file}). A file with any bad row imports nothing and lists every bad row by line number; a
     * re-sent file counts nothing twice.
     */
    public FileImportView importSalesFile(long actorId, long partnerId, String fileName, byte[] content) {
        PartnerSales.PartnerView partner = partners.partner(partnerId);
        OrderFile file = readOrderFile(Partners.pluginOf(partner), fileName, content);
        if (!file.isAccepted()) {
            List<FieldError> rows = file.problems().stream()
                    .map(p -> new FieldError("line " + p.lineNumber() + (p.column() == null ? "" : " " + p.column()), p.message()))
                    .toList();
            throw new DomainException(ErrorCode.INVALID_IMPORT, rows.size() + " bad row(s) in " + fileName + "; nothing was imported",
                    rows, null);
        }
        PartnerSales.IntakeResult result = partners.sales().intake(partnerId, "file", file.lines());
        audit.record(actorId, "sales.file-import", "partner", Long.toString(partnerId), fileName + ": " + result);
        return new FileImportView(fileName, file.lines().size(), result.accepted(), result.duplicates(), result.reversed(),
                result.ignored());
    }

    /** What an order-export import did: the file's distinct lines and what the fund's intake made of them. */
    @io.micronaut.serde.annotation.Serdeable
    public record FileImportView(String fileName, int lines, int accepted, int duplicates, int reversed, int ignored) {
    }

    /** Reads an order-export file with the plugin's first {@link OrderFileReader} that accepts its name. */
    public OrderFile readOrderFile(String pluginId, String fileName, byte[] content) {
        PluginHost.Loaded plugin = host.started(pluginId);
        for (OrderFileReader reader : plugin.readers()) {
            boolean accepts = calls.call(plugin, "accepts", () -> reader.accepts(fileName), r -> null);
            if (accepts) {
                return calls.call(plugin, "read", () -> reader.read(fileName, new ByteArrayInputStream(content)), r -> null);
            }
        }
        throw new DomainException(ErrorCode.PLUGIN_CAPABILITY_UNSUPPORTED, "plugin " + pluginId
                + " has no reader for a file named " + fileName);
    }

    /** A partner's platform plugin, started, with its extension and the call context; the capability declared. */
    record Bound(PluginHost.Loaded plugin, CommercePlatform platform, PartnerContext context) {
    }

    Bound bind(PartnerSales.PartnerView partner, Capability needed) {
        String pluginId = Partners.pluginOf(partner);
        PluginHost.Loaded plugin = host.started(pluginId);
        CommercePlatform platform = platformOf(plugin);
        if (!capabilities(plugin, platform).contains(needed)) {
            throw new DomainException(ErrorCode.PLUGIN_CAPABILITY_UNSUPPORTED, "plugin " + pluginId + " does not offer "
                    + needed);
        }
        PartnerContext context = new PartnerContext(Long.toString(partner.id()), settings.of(partner.id(), pluginId),
                new PartnerLog(pluginId, partner.id()));
        return new Bound(plugin, platform, context);
    }

    /** Asked once per plugin start: the set is constant for a plugin version (CommercePlatform#capabilities). */
    private Set<Capability> capabilities(PluginHost.Loaded plugin, CommercePlatform platform) {
        Set<Capability> known = plugin.capabilities().get();
        if (known == null) {
            known = calls.call(plugin, "capabilities", () -> Set.copyOf(platform.capabilities()), r -> null);
            plugin.capabilities().set(known);
        }
        return known;
    }

    private static CommercePlatform platformOf(PluginHost.Loaded plugin) {
        if (plugin.platforms().isEmpty()) {
            throw new DomainException(ErrorCode.PLUGIN_CAPABILITY_UNSUPPORTED, "plugin " + plugin.pluginId()
                    + " is no commerce platform (it has no CommercePlatform extension)");
        }
        return plugin.platforms().get(0);
    }

    private PluginView view(PluginHost.Entry entry) {
        Circuit.Snapshot circuit = calls.circuitOf(entry.id());
        String lastError = circuit.lastError() != null ? circuit.lastError() : entry.error();
        return new PluginView(entry.id(), entry.version(), entry.state(), entry.provider(), entry.description(),
                entry.extensions(), entry.file(), circuit.state().name(), circuit.consecutiveFailures(),
                circuit.openUntil(), lastError, circuit.lastErrorAt());
    }
}
