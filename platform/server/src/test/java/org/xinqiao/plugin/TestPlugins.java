package org.xinqiao.plugin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.xinqiao.plugin.api.CommercePlatform;

/**
 * Builds small plugin jars at test time: one CommercePlatform whose {@code pullOrders} and {@code parseWebhook} run
 * the given Java statements, compiled with javac against plugin-api and PF4J, packaged with a PF4J manifest and an
 * extension index — or without them, to see how the server refuses such files.
 */
final class TestPlugins {

    static final String SLEEP_FOREVER = """
            while (true) {
                try { Thread.sleep(Long.MAX_VALUE); } catch (InterruptedException ignored) { }
            }""";
    static final String THROW = "throw new IllegalStateException(\"boom: internal details\");";
    static final String NULL = "return null;";

    /** A statement answering one page with one agricultural line whose product is named {@code product}. */
    static String oneLine(String product) {
        return """
                return OrderPage.last(List.of(new SaleLine("o-" + q.from().getEpochSecond(), "1", "store", "%s", "生鲜",
                        1, new BigDecimal("1.00"), q.from(), SaleStatus.PAID, true)));""".formatted(product);
    }

    record Spec(String id, String version, String requires, String pull, boolean manifest, boolean index,
                boolean bundleApi, String pluginClass) {

        static Spec of(String id, String version, String pull) {
            return new Spec(id, version, ">=1.0.0 & <2.0.0", pull, true, true, false, "TestPlugin");
        }

        Spec requires(String expression) {
            return new Spec(id, version, expression, pull, manifest, index, bundleApi, pluginClass);
        }

        Spec withoutManifest() {
            return new Spec(id, version, requires, pull, false, index, bundleApi, pluginClass);
        }

        Spec withoutIndex() {
            return new Spec(id, version, requires, pull, manifest, false, bundleApi, pluginClass);
        }

        Spec bundlingTheApi() {
            return new Spec(id, version, requires, pull, manifest, index, true, pluginClass);
        }

        /** A manifest whose Plugin-Class names a class the jar does not have. */
        Spec namingAMissingPluginClass() {
            return new Spec(id, version, requires, pull, manifest, index, bundleApi, "NoSuchPlugin");
        }
    }

    private TestPlugins() {
    }

    static Path build(Spec spec, Path dir) {
        try {
            String pkg = "test." + spec.id().replaceAll("[^A-Za-z0-9]", "");
            Path src = Files.createTempDirectory("plugin-src");
            Path classes = Files.createTempDirectory("plugin-classes");
            Path pkgDir = src.resolve(pkg.replace('.', '/'));
            Files.createDirectories(pkgDir);
            Files.writeString(pkgDir.resolve("TestPlatform.java"), platformSource(pkg, spec.pull()));
            Files.writeString(pkgDir.resolve("TestPlugin.java"),
                    "package " + pkg + ";\npublic class TestPlugin extends org.pf4j.Plugin {\n}\n");
            compile(classes, pkgDir.resolve("TestPlatform.java"), pkgDir.resolve("TestPlugin.java"));

            Path jar = dir.resolve(spec.id() + "-" + spec.version() + ".jar");
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            if (spec.manifest()) {
                Attributes main = manifest.getMainAttributes();
                main.putValue("Plugin-Id", spec.id());
                main.putValue("Plugin-Version", spec.version());
                main.putValue("Plugin-Requires", spec.requires());
                main.putValue("Plugin-Provider", "Tests");
                main.putValue("Plugin-Class", pkg + "." + spec.pluginClass());
            }
            try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
                try (Stream<Path> files = Files.walk(classes)) {
                    for (Path f : files.filter(Files::isRegularFile).toList()) {
                        put(out, classes.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                    }
                }
                if (spec.index()) {
                    put(out, "META-INF/extensions.idx", (pkg + ".TestPlatform\n").getBytes(StandardCharsets.UTF_8));
                }
                if (spec.bundleApi()) {
                    String name = CommercePlatform.class.getName().replace('.', '/') + ".class";
                    try (InputStream api = CommercePlatform.class.getClassLoader().getResourceAsStream(name)) {
                        put(out, name, api.readAllBytes());
                    }
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A jar with a class and no manifest at all. */
    static Path plainJar(Path dir, String name) {
        try {
            Path jar = dir.resolve(name);
            try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
                put(out, "readme.txt", "not a plugin".getBytes(StandardCharsets.UTF_8));
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    private static void compile(Path classes, Path... sources) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("--release", "17", "-encoding", "UTF-8", "-proc:none", "-d", classes.toString(),
                "-classpath", location(CommercePlatform.class) + java.io.File.pathSeparator + location(org.pf4j.Plugin.class)));
        for (Path source : sources) {
            args.add(source.toString());
        }
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, errors, errors, args.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("test plugin does not compile: " + errors);
        }
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String platformSource(String pkg, String pull) {
        return """
                package %s;

                import java.math.BigDecimal;
                import java.util.EnumSet;
                import java.util.List;
                import java.util.Set;
                import org.xinqiao.plugin.api.*;

                public class TestPlatform implements CommercePlatform {
                    @Override
                    public Set<Capability> capabilities() {
                        return EnumSet.of(Capability.PULL_ORDERS, Capability.WEBHOOK);
                    }

                    @Override
                    public OrderPage pullOrders(PartnerContext ctx, OrderQuery q) {
                        %s
                    }

                    @Override
                    public WebhookResult parseWebhook(PartnerContext ctx, WebhookRequest request) {
                        OrderQuery q = OrderQuery.firstPage(java.time.Instant.EPOCH, java.time.Instant.EPOCH.plusSeconds(1));
                        OrderPage page = pullOrders(ctx, q);
                        return new WebhookResult(page.lines(), WebhookReply.okJson("{}"));
                    }

                    @Override
                    public VoucherResult issueVoucher(PartnerContext ctx, VoucherRequest request) {
                        throw new UnsupportedCapabilityException(Capability.ISSUE_VOUCHER, "test");
                    }

                    @Override
                    public void grantVip(PartnerContext ctx, VipGrant grant) {
                        throw new UnsupportedCapabilityException(Capability.GRANT_VIP, "test");
                    }

                    @Override
                    public void announceEvent(PartnerContext ctx, EventAnnouncement announcement) {
                        throw new UnsupportedCapabilityException(Capability.ANNOUNCE_EVENT, "test");
                    }
                }
                """.formatted(pkg, pull);
    }
}
