package org.xinqiao.plugin;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;
import org.xinqiao.plugin.api.InvalidSignatureException;
import org.xinqiao.plugin.api.PluginException;
import org.xinqiao.plugin.api.UnsupportedCapabilityException;

/**
 * The one way into a plugin's code: each call runs on a thread of its own pool with the plugin's class loader as
 * context loader, waits at most {@code xinqiao.plugins.call-timeout}, and turns whatever goes wrong — an exception,
 * an error, a hang, an answer that makes no sense — into a {@link DomainException} for that plugin. Failures count
 * towards the plugin's {@link Circuit}; an open circuit refuses calls at once.
 *
 * <p>A call that times out is cancelled (interrupted); a plugin that ignores interruption keeps its thread, which is
 * why the circuit opens after a few such calls rather than letting every request pile up more.
 */
@Singleton
final class PluginCalls {

    private static final Logger LOG = LoggerFactory.getLogger(PluginCalls.class);

    /** Judges a plugin's answer: a description of what is wrong with it, or {@code null} if it is usable. */
    interface Check<T> extends Function<T, String> {
    }

    private final Duration timeout;
    private final int circuitFailures;
    private final Duration circuitOpenFor;
    private final Clock clock;
    private final Map<String, Circuit> circuits = new ConcurrentHashMap<>();
    private final ExecutorService threads;

    PluginCalls(PluginProperties properties, Clock clock) {
        this.timeout = properties.callTimeout();
        this.circuitFailures = properties.circuitFailures();
        this.circuitOpenFor = properties.circuitOpenFor();
        this.clock = clock;
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "plugin-call-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }

    <T> T call(PluginHost.Loaded plugin, String operation, Callable<T> work, Check<T> check) {
        String id = plugin.pluginId();
        Circuit circuit = circuit(id);
        Optional<Instant> openUntil = circuit.refusal(clock.instant());
        if (openUntil.isPresent()) {
            Duration wait = Duration.between(clock.instant(), openUntil.get());
            throw new DomainException(ErrorCode.PLUGIN_CIRCUIT_OPEN, "plugin " + id + " failed "
                    + circuitFailures + " times in a row; calls resume at " + openUntil.get(), java.util.List.of(),
                    wait.isNegative() ? Duration.ofSeconds(1) : wait);
        }
        Future<T> future = threads.submit(() -> {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(plugin.loader());
            try {
                return work.call();
            } finally {
                thread.setContextClassLoader(previous);
            }
        });
        T result;
        try {
            result = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException hung) {
            future.cancel(true);
            throw failed(circuit, new DomainException(ErrorCode.PLUGIN_TIMEOUT, "plugin " + id
                    + " did not answer " + operation + " within " + timeout.toMillis() + " ms"), null);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new DomainException(ErrorCode.SERVICE_UNAVAILABLE, "interrupted while waiting for plugin " + id);
        } catch (ExecutionException e) {
            throw translate(circuit, id, operation, e.getCause());
        }
        String problem;
        try {
            problem = result == null ? "no answer (null)" : check.apply(result);
        } catch (RuntimeException e) {
            problem = e.toString();
        }
        if (problem != null) {
            throw failed(circuit, new DomainException(ErrorCode.PLUGIN_FAILED, "plugin " + id
                    + " gave an unusable answer to " + operation + ": " + problem), null);
        }
        circuit.succeeded();
        return result;
    }

    Circuit.Snapshot circuitOf(String pluginId) {
        return circuit(pluginId).snapshot(clock.instant());
    }

    void reset(String pluginId) {
        circuits.remove(pluginId);
    }

    private DomainException translate(Circuit circuit, String id, String operation, Throwable thrown) {
        if (thrown instanceof InvalidSignatureException) {
            // the plugin did its job: a forged or misaddressed message is no failure of the plugin
            circuit.succeeded();
            return new DomainException(ErrorCode.INVALID_SIGNATURE, "the signature of the message is not valid for "
                    + "this partner");
        }
        if (thrown instanceof UnsupportedCapabilityException unsupported) {
            circuit.succeeded();
            return new DomainException(ErrorCode.PLUGIN_CAPABILITY_UNSUPPORTED, "plugin " + id + ": "
                    + unsupported.getMessage());
        }
        if (thrown instanceof PluginException reported) {
            return failed(circuit, new DomainException(ErrorCode.PLUGIN_FAILED, "plugin " + id
                    + " failed " + operation + ": " + reported.getMessage()), thrown);
        }
        // anything else is a bug in the plugin; its message may hold anything, so only its type is shown
        return failed(circuit, new DomainException(ErrorCode.PLUGIN_FAILED, "plugin " + id
                + " failed " + operation + " unexpectedly (" + thrown.getClass().getName() + ")"), thrown);
    }

    private DomainException failed(Circuit circuit, DomainException error, Throwable cause) {
        circuit.failed(clock.instant(), error.getMessage());
        if (cause == null) {
            LOG.warn("{}", error.getMessage());
        } else {
            LOG.warn("{}", error.getMessage(), cause);
        }
        return error;
    }

    private Circuit circuit(String pluginId) {
        return circuits.computeIfAbsent(pluginId, id -> new Circuit(circuitFailures, circuitOpenFor));
    }
}
