package org.zwfw.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rule bases compiled with Drools' executable model, kept on disk as the kjar Drools builds, under a key that covers
 * everything the compiled classes depend on: the rule files (paths and bytes), the Drools jars, the application's
 * fact classes and the default charset. A run whose rules did not change loads the compiled classes instead of
 * compiling again — for the 150 rows of 100 policies, ~0.8 s instead of 4–10 s of parsing and compiling.
 * <p>
 * A cache entry is only ever written whole (temporary file, then rename) and only after a build without errors; an
 * unreadable entry is ignored and rebuilt; the {@value #KEEP} most recently used entries are kept, older ones deleted
 * when a new one is stored. The folder is the user's own ({@code ~/.cache/zwfw-rules/compiled} by
 * default): compiled classes are code, so it must not be a folder other users can write to.
 */
public final class CompiledRuleCache {
    private static final Logger log = LoggerFactory.getLogger(CompiledRuleCache.class);
    /** The kjar entry listing the executable model's {@code Model} classes, one per package. */
    private static final String MODEL_LIST = "/drools-model";
    private static final String MODEL_VERSION_LINE = "Drools-Model-Version";
    /** Entries kept: the most recently used; older ones (rules since changed) are deleted when a new one is stored. */
    static final int KEEP = 16;

    private final Path dir;
    /** A kjar compiled elsewhere that serves every key (an executor of the Spark job); null for a keyed cache. */
    private final Path pinned;
    /** Keys this instance compiled and stored, and how many loads found an entry compiled by an earlier run. */
    private final java.util.Set<String> stored = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.AtomicInteger reused = new java.util.concurrent.atomic.AtomicInteger();

    public CompiledRuleCache(Path dir) {
        this.dir = dir;
        this.pinned = null;
    }

    private CompiledRuleCache(Path dir, Path pinned) {
        this.dir = dir;
        this.pinned = pinned;
    }

    /**
     * The rule base compiled once elsewhere (the Spark job's driver) and shipped as this kjar: loaded whatever key
     * the local rule files give, never compiled here, nothing stored. The key is not checked because a worker's
     * Drools jars are named apart from the driver's (a shaded job jar); the driver compiled the same rule files.
     * A kjar that does not load is an error, never a reason to compile on the worker.
     */
    public static CompiledRuleCache pinned(Path kjar) {
        return new CompiledRuleCache(kjar.getParent(), kjar);
    }

    /** Whether this serves one kjar compiled elsewhere ({@link #pinned}): then nothing may be compiled here. */
    public boolean isPinned() {
        return pinned != null;
    }

    /** The default folder: {@code $XDG_CACHE_HOME/zwfw-rules/compiled}, else {@code ~/.cache/zwfw-rules/compiled}. */
    public static CompiledRuleCache inUserCache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new CompiledRuleCache(base.resolve("zwfw-rules").resolve("compiled"));
    }

    public Path dir() {
        return dir;
    }

    /** How many rule bases were loaded as compiled by an earlier run. */
    public int reused() {
        return reused.get();
    }

    /** How many rule bases this instance compiled and stored. */
    public int compiled() {
        return stored.size();
    }

    /**
     * The key of a rule base compiled from these files: SHA-256 over the files (as {@code paths} names them, and
     * their bytes), the Drools jars, the fact classes the rules see and the default charset.
     */
    public static String key(List<String> paths, List<byte[]> contents, List<Class<?>> factClasses) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < paths.size(); i++) {
                update(sha, paths.get(i).getBytes(StandardCharsets.UTF_8));
                update(sha, contents.get(i));
            }
            for (Class<?> c : List.of(KieBase.class, KieBaseBuilder.class,
                    org.drools.model.codegen.ExecutableModelProject.class)) {
                update(sha, jarName(String.valueOf(c.getProtectionDomain().getCodeSource().getLocation()))
                        .getBytes(StandardCharsets.UTF_8));
            }
            for (Class<?> c : factClasses) {
                update(sha, classBytes(c));
            }
            update(sha, Charset.defaultCharset().name().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The Drools jar a class comes from, by its file name (artifact and version): the same for the fat jar
     * ({@code jar:nested:/…/zwfw-rules.jar/!BOOT-INF/lib/drools-base-10.2.0.jar!/}) and the extracted one
     * ({@code file:/…/lib/drools-base-10.2.0.jar}), so both reuse one compiled entry; another Drools version is
     * another name.
     */
    static String jarName(String location) {
        String l = location;
        while (l.endsWith("/") || l.endsWith("!")) {
            l = l.substring(0, l.length() - 1);
        }
        return l.substring(l.lastIndexOf('/') + 1);
    }

    private static void update(MessageDigest sha, byte[] bytes) {
        sha.update(bytes);
        sha.update((byte) 0);
    }

    private static byte[] classBytes(Class<?> c) {
        String resource = c.getName().substring(c.getName().lastIndexOf('.') + 1) + ".class";
        try (InputStream in = c.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("cannot read the bytes of " + c.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(String key) {
        if (pinned != null) {
            return pinned;
        }
        return dir.resolve(key + ".jar");
    }

    /** The cached rule base of this key, or null when there is none or it cannot be read (it is then rebuilt). */
    public KieBase load(String key, ClassLoader parent) {
        Path jar = file(key);
        if (!Files.isRegularFile(jar)) {
            if (pinned != null) {
                throw new IllegalStateException("no compiled rules at " + pinned);
            }
            return null;
        }
        URLClassLoader loader = null;
        try {
            List<String> modelClasses = modelClasses(jar);
            // Lives as long as the rule base: its classes are the rules' constraints and consequences.
            loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, parent);
            List<Model> models = new ArrayList<>();
            for (String name : modelClasses) {
                models.add((Model) loader.loadClass(name).getConstructor().newInstance());
            }
            KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models);
            touch(jar);
            if (!stored.contains(key)) {
                reused.incrementAndGet();
            }
            return kieBase;
        } catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
            if (loader != null) {
                try {
                    loader.close();
                } catch (IOException ignored) {
                    // the entry is rebuilt either way
                }
            }
            if (pinned != null) {
                throw new IllegalStateException("compiled rules " + jar + " do not load: " + e, e);
            }
            log.warn("compiled rules {} unreadable, compiling again: {}", jar, e.toString());
            return null;
        }
    }

    private static List<String> modelClasses(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry list = zip.stream().filter(e -> e.getName().endsWith(MODEL_LIST)).findFirst()
                    .orElseThrow(() -> new IOException("no " + MODEL_LIST + " in " + jar));
            try (InputStream in = zip.getInputStream(list)) {
                List<String> names = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                        .filter(l -> !l.isEmpty() && !l.startsWith(MODEL_VERSION_LINE)).toList();
                if (names.isEmpty()) {
                    throw new IOException("no model classes listed in " + jar);
                }
                return names;
            }
        }
    }

    /** Marks an entry as used now, so that pruning keeps it. */
    private static void touch(Path jar) {
        try {
            Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
        } catch (IOException e) {
            // pruning may then drop it sooner; nothing else depends on it
        }
    }

    /** Deletes all but the {@value #KEEP} most recently used entries. */
    private void prune() throws IOException {
        List<Path> entries;
        try (java.util.stream.Stream<Path> s = Files.list(dir)) {
            entries = s.filter(p -> p.getFileName().toString().endsWith(".jar")).toList();
        }
        if (entries.size() <= KEEP) {
            return;
        }
        Map<Path, java.nio.file.attribute.FileTime> used = new java.util.HashMap<>();
        for (Path p : entries) {
            used.put(p, Files.getLastModifiedTime(p));
        }
        List<Path> newestFirst = new ArrayList<>(entries);
        newestFirst.sort(java.util.Comparator.comparing(used::get, java.util.Comparator.reverseOrder()));
        for (Path old : newestFirst.subList(KEEP, newestFirst.size())) {
            Files.deleteIfExists(old);
        }
    }

    /** Keeps a kjar under its key: written to a temporary file first, so a crash never leaves half an entry. */
    public void store(String key, byte[] kjar) {
        if (pinned != null) {
            throw new IllegalStateException("rules compiled where only the compiled rules " + pinned + " may serve");
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, key, ".tmp");
            try {
                Files.write(tmp, kjar);
                try {
                    Files.move(tmp, file(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file(key), StandardCopyOption.REPLACE_EXISTING);
                }
                stored.add(key);
            } finally {
                Files.deleteIfExists(tmp);
            }
            prune();
        } catch (IOException e) {
            // Only the next run's speed depends on it.
            log.warn("cannot keep compiled rules in {}: {}", dir, e.toString());
        }
    }
}
