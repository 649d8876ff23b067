package org.xinqiao.plugin;

import io.micronaut.context.annotation.Context;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginStatusProvider;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;
import org.xinqiao.plugin.api.Capability;
import org.xinqiao.plugin.api.CommercePlatform;
import org.xinqiao.plugin.api.OrderFileReader;
import org.xinqiao.plugin.api.PluginApi;

/**
 * Owns the PF4J plugin manager over {@code xinqiao.plugins.dir}: loads and starts the installed plugins at start-up,
 * installs, upgrades, enables, disables and removes them at run time, and hands out their extensions (created once
 * per plugin start: PF4J's factory would make a new instance on every lookup). A broken plugin file, or one that
 * fails to start, is reported for that plugin; the server starts regardless.
 *
 * <p>PF4J is not thread-safe: every change to the set of loaded plugins and every extension lookup holds one lock.
 * Calls into the extensions do not (see {@link PluginCalls}).
 */
@Context
final class PluginHost {

    private static final Logger LOG = LoggerFactory.getLogger(PluginHost.class);

    /** A started plugin's extensions and class loader. */
    record Loaded(String pluginId, String version, ClassLoader loader, List<CommercePlatform> platforms,
                  List<OrderFileReader> readers, AtomicReference<Set<Capability>> capabilities) {
    }

    /** What the plugin list shows of one plugin (or of a file that could not be loaded as one). */
    record Entry(String id, String version, String state, String provider, String description, List<String> extensions,
                 String file, String error) {
    }

    private final Path dir;
    private final PluginStatusStore statuses;
    private final HostPluginManager manager;
    private final Map<String, Loaded> loaded = new ConcurrentHashMap<>();
    /** Files in the directory that are no plugin PF4J could load, with the reason. */
    private final Map<String, String> brokenFiles = new ConcurrentHashMap<>();
    private final Object lock = new Object();

    PluginHost(PluginProperties properties, PluginStatusStore statuses) {
        this.dir = Path.of(properties.dir()).toAbsolutePath().normalize();
        this.statuses = statuses;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the plugins directory " + dir, e);
        }
        this.manager = new HostPluginManager(dir, statuses);
        this.manager.addPluginStateListener(event -> loaded.remove(event.getPlugin().getPluginId()));
        synchronized (lock) {
            manager.loadPlugins();
            manager.startPlugins();
            findBrokenFiles();
        }
        for (PluginWrapper plugin : manager.getPlugins()) {
            LOG.info("plugin {} {} {}", plugin.getPluginId(), plugin.getDescriptor().getVersion(), plugin.getPluginState());
        }
    }

    @PreDestroy
    void stop() {
        synchronized (lock) {
            manager.stopPlugins();
            manager.unloadPlugins();
            loaded.clear();
        }
    }

    Path dir() {
        return dir;
    }

    List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        synchronized (lock) {
            for (PluginWrapper plugin : manager.getPlugins()) {
                entries.add(entry(plugin));
            }
        }
        brokenFiles.forEach((file, error) -> entries.add(new Entry(file.replaceFirst("\\.(jar|zip)$", ""), null, "INVALID",
                null, null, List.of(), file, error)));
        entries.sort(Comparator.comparing(Entry::id));
        return entries;
    }

    Optional<Entry> entry(String pluginId) {
        synchronized (lock) {
            return Optional.ofNullable(manager.getPlugin(pluginId)).map(this::entry);
        }
    }

    /** Whether the plugin is installed and enabled (by the shared status, whatever this instance has started). */
    boolean isEnabled(String pluginId) {
        synchronized (lock) {
            return manager.getPlugin(pluginId) != null && !statuses.isPluginDisabled(pluginId);
        }
    }

    /**
     * The started plugin's extensions, or the reason there are none. Follows the shared enabled status, so a plugin
     * another instance disabled or enabled is stopped or started here on its next use.
     */
    Loaded started(String pluginId) {
        Loaded ready = loaded.get(pluginId);
        if (ready != null && !statuses.isPluginDisabled(pluginId)) {
            return ready;
        }
        synchronized (lock) {
            PluginWrapper plugin = manager.getPlugin(pluginId);
            if (plugin == null) {
                throw DomainException.notFound("plugin " + pluginId);
            }
            boolean disabled = statuses.isPluginDisabled(pluginId);
            if (disabled) {
                if (plugin.getPluginState() != PluginState.DISABLED) {
                    manager.disablePlugin(pluginId);
                }
                throw new DomainException(ErrorCode.PLUGIN_DISABLED, "plugin " + pluginId + " is disabled");
            }
            if (plugin.getPluginState() != PluginState.STARTED) {
                if (plugin.getPluginState() == PluginState.DISABLED) {
                    manager.enablePlugin(pluginId);
                }
                manager.startPlugin(pluginId);
            }
            if (plugin.getPluginState() != PluginState.STARTED) {
                throw new DomainException(ErrorCode.PLUGIN_UNAVAILABLE, "plugin " + pluginId + " is "
                        + plugin.getPluginState() + failure(plugin).map(e -> ": " + e).orElse(""));
            }
            try {
                Loaded fresh = lookUp(plugin);
                loaded.put(pluginId, fresh);
                return fresh;
            } catch (InvalidPluginFileException broken) {
                throw new DomainException(ErrorCode.PLUGIN_UNAVAILABLE, "plugin " + pluginId + " cannot be used: "
                        + broken.getMessage());
            }
        }
    }

    /**
     * Installs a plugin file that passed {@link PluginFileCheck}. An installed plugin of the same id is stopped,
     * unloaded and its file deleted first (an upgrade); if the new file then fails to load or start, the old one is
     * put back and the new one refused.
     */
    Entry install(PluginFileCheck.Descriptor descriptor, Path file) {
        String id = descriptor.id();
        synchronized (lock) {
            PluginWrapper old = manager.getPlugin(id);
            Path oldPath = null;
            byte[] oldBytes = null;
            if (old != null) {
                oldPath = old.getPluginPath();
                oldBytes = readIfFile(oldPath);
                if (!manager.deletePlugin(id)) {
                    throw new DomainException(ErrorCode.CONFLICT, "the installed version of " + id + " could not be stopped");
                }
            }
            Path target = dir.resolve(id + "-" + descriptor.version().replaceAll("[^A-Za-z0-9._-]", "_") + ".jar");
            try {
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                brokenFiles.remove(target.getFileName().toString());
                PluginWrapper plugin = load(target, id);
                if (!statuses.isPluginDisabled(id)) {
                    start(id, plugin);
                    if (plugin.getPluginState() != PluginState.STARTED) {
                        throw new InvalidPluginFileException(ErrorCode.PLUGIN_FILE_INVALID, "the plugin does not start"
                                + failure(plugin).map(e -> ": " + e).orElse(""));
                    }
                    loaded.put(id, lookUp(plugin));
                } else {
                    lookUp(plugin);
                }
                LOG.info("plugin {} {} installed from {}", id, descriptor.version(), target.getFileName());
                return entry(plugin);
            } catch (RuntimeException refused) {
                discard(id, target);
                if (oldBytes != null) {
                    restore(id, oldPath, oldBytes);
                }
                throw refused;
            } catch (IOException e) {
                discard(id, target);
                throw new UncheckedIOException(e);
            }
        }
    }

    /** PF4J fails a plugin whose Plugin-Class cannot be loaded with a NullPointerException: say what is wrong instead. */
    private void start(String id, PluginWrapper plugin) {
        try {
            manager.startPlugin(id);
        } catch (RuntimeException e) {
            throw new InvalidPluginFileException(ErrorCode.PLUGIN_FILE_INVALID, "the plugin does not start"
                    + failure(plugin).map(f -> ": " + f).orElse(": its Plugin-Class '"
                    + plugin.getDescriptor().getPluginClass() + "' cannot be loaded"));
        }
    }

    void enable(String pluginId) {
        synchronized (lock) {
            requireInstalled(pluginId);
            manager.enablePlugin(pluginId);
            statuses.enablePlugin(pluginId);
            manager.startPlugin(pluginId);
        }
    }

    void disable(String pluginId) {
        synchronized (lock) {
            requireInstalled(pluginId);
            manager.disablePlugin(pluginId);
            statuses.disablePlugin(pluginId);
        }
    }

    void uninstall(String pluginId) {
        synchronized (lock) {
            requireInstalled(pluginId);
            if (!manager.deletePlugin(pluginId)) {
                throw new DomainException(ErrorCode.CONFLICT, "plugin " + pluginId + " could not be stopped and removed");
            }
            statuses.forget(pluginId);
            loaded.remove(pluginId);
        }
    }

    /** The class loader of a loaded plugin (tests check that an upgrade lets the old one go). */
    Optional<ClassLoader> classLoaderOf(String pluginId) {
        synchronized (lock) {
            return Optional.ofNullable(manager.getPlugin(pluginId)).map(PluginWrapper::getPluginClassLoader);
        }
    }

    private void requireInstalled(String pluginId) {
        if (manager.getPlugin(pluginId) == null) {
            throw DomainException.notFound("plugin " + pluginId);
        }
    }

    private PluginWrapper load(Path target, String id) {
        String loadedId;
        try {
            loadedId = manager.loadPlugin(target);
        } catch (RuntimeException e) {
            throw new InvalidPluginFileException(ErrorCode.PLUGIN_FILE_INVALID, "PF4J cannot load the plugin: " + e.getMessage());
        }
        PluginWrapper plugin = manager.getPlugin(id);
        if (loadedId == null || plugin == null) {
            throw new InvalidPluginFileException(ErrorCode.PLUGIN_FILE_INVALID, "PF4J cannot load the plugin");
        }
        if (plugin.getPluginState() == PluginState.FAILED || plugin.getPluginState() == PluginState.CREATED) {
            throw new InvalidPluginFileException(ErrorCode.PLUGIN_FILE_INVALID, "PF4J cannot resolve the plugin"
                    + failure(plugin).map(e -> ": " + e).orElse(""));
        }
        return plugin;
    }

    private Loaded lookUp(PluginWrapper plugin) {
        String id = plugin.getPluginId();
        Set<String> names = manager.getExtensionClassNames(id);
        if (names.isEmpty()) {
            throw new InvalidPluginFileException(ErrorCode.PLUGIN_EXTENSION_INDEX_MISSING, "plugin " + id
                    + " lists no extensions (" + PluginFileCheck.EXTENSION_INDEX + " is missing or empty)");
        }
        List<CommercePlatform> platforms;
        List<OrderFileReader> readers;
        try {
            platforms = List.copyOf(manager.getExtensions(CommercePlatform.class, id));
            readers = List.copyOf(manager.getExtensions(OrderFileReader.class, id));
        } catch (RuntimeException | LinkageError e) {
            throw new InvalidPluginFileException(ErrorCode.PLUGIN_FILE_INVALID, "the extensions of plugin " + id
                    + " cannot be created: " + e);
        }
        if (platforms.isEmpty() && readers.isEmpty()) {
            throw new InvalidPluginFileException(ErrorCode.PLUGIN_FILE_INVALID, "none of the extensions of plugin " + id
                    + " " + names + " loads as a CommercePlatform or an OrderFileReader of this server's plugin API "
                    + "(a class that clashes with the server's, or one that does not implement an extension point)");
        }
        return new Loaded(id, plugin.getDescriptor().getVersion(), plugin.getPluginClassLoader(), platforms, readers,
                new AtomicReference<>());
    }

    private Entry entry(PluginWrapper plugin) {
        List<String> extensions = new ArrayList<>();
        Optional<String> error = failure(plugin);
        try {
            extensions.addAll(manager.getExtensionClassNames(plugin.getPluginId()).stream().sorted().toList());
        } catch (RuntimeException e) {
            error = Optional.of(e.toString());
        }
        if (extensions.isEmpty() && error.isEmpty()) {
            error = Optional.of(PluginFileCheck.EXTENSION_INDEX + " is missing or empty: the plugin has no extensions");
        }
        return new Entry(plugin.getPluginId(), plugin.getDescriptor().getVersion(), plugin.getPluginState().name(),
                plugin.getDescriptor().getProvider(), plugin.getDescriptor().getPluginDescription(), extensions,
                plugin.getPluginPath().getFileName().toString(), error.orElse(null));
    }

    private static Optional<String> failure(PluginWrapper plugin) {
        Throwable failed = plugin.getFailedException();
        return Optional.ofNullable(failed).map(e -> e.getMessage() == null ? e.toString() : e.getMessage());
    }

    private void findBrokenFiles() {
        Set<Path> loadedPaths = new java.util.HashSet<>();
        for (PluginWrapper plugin : manager.getPlugins()) {
            loadedPaths.add(plugin.getPluginPath().toAbsolutePath().normalize());
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.jar")) {
            for (Path file : files) {
                if (loadedPaths.contains(file.toAbsolutePath().normalize())) {
                    continue;
                }
                String reason;
                try {
                    PluginFileCheck.Descriptor descriptor = PluginFileCheck.inspect(file, PluginApi.VERSION);
                    reason = manager.getPlugin(descriptor.id()) != null
                            ? "another file of plugin " + descriptor.id() + " is loaded"
                            : "PF4J could not load it (see the server log)";
                } catch (DomainException invalid) {
                    reason = invalid.getMessage();
                }
                brokenFiles.put(file.getFileName().toString(), reason);
                LOG.error("plugin file {} is not loaded: {}", file.getFileName(), reason);
            }
        } catch (IOException e) {
            LOG.error("cannot list the plugins directory {}", dir, e);
        }
    }

    private void discard(String id, Path target) {
        try {
            if (manager.getPlugin(id) != null) {
                manager.unloadPlugin(id);
            }
        } catch (RuntimeException e) {
            LOG.warn("could not unload refused plugin {}", id, e);
        }
        try {
            Files.deleteIfExists(target);
        } catch (IOException e) {
            LOG.warn("could not delete refused plugin file {}", target, e);
        }
        loaded.remove(id);
    }

    private void restore(String id, Path oldPath, byte[] oldBytes) {
        try {
            Files.write(oldPath, oldBytes);
            manager.loadPlugin(oldPath);
            if (!statuses.isPluginDisabled(id)) {
                manager.startPlugin(id);
            }
            LOG.info("plugin {}: the previous version was put back", id);
        } catch (IOException | RuntimeException e) {
            LOG.error("plugin {}: the previous version could not be put back", id, e);
        }
    }

    private static byte[] readIfFile(Path path) {
        try {
            return Files.isRegularFile(path) ? Files.readAllBytes(path) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** PF4J's default manager with the status kept in the database and the system version set to the API's. */
    private static final class HostPluginManager extends DefaultPluginManager {

        HostPluginManager(Path dir, PluginStatusProvider statuses) {
            super(dir);
            this.pluginStatusProvider = statuses;
            setSystemVersion(PluginApi.VERSION);
        }
    }
}
