package org.zwfw.lawbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.zwfw.kernel.Problem;
import org.zwfw.kernel.RuleSetException;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;

/**
 * The rules folder as it was read, once: every file's bytes copied into an in-memory file system as they were read
 * from disk, and the version computed from those same bytes. Every reader of a rule set — the tables, the rules
 * compile, validate, lint, coverage, what-if — reads {@link #root()} (a path of that copy), never the folder behind
 * it, so an answer computed from a rule set can never mix files newer than its version. Immutable: nothing writes
 * to the copy after it is made.
 */
public final class Lawbook {
    private final Path origin;
    private final Path root;
    private final String version;
    private final List<Path> files;
    /** Size and modification time of each file on disk when it was read, in path order: an edit shows here. */
    private final Map<Path, String> stamps;

    private Lawbook(Path origin, Path root, String version, List<Path> files, Map<Path, String> stamps) {
        this.origin = origin;
        this.root = root;
        this.version = version;
        this.files = files;
        this.stamps = stamps;
    }

    /**
     * Reads the folder: walks it once (links followed, hidden and Office lock files left out), reads each file once,
     * and hashes what it read. A folder that cannot be listed (a link loop, a dangling link) is a problem naming it.
     */
    public static Lawbook read(Path dir) {
        Path origin = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(origin)) {
            throw new RuleSetException(List.of(new Problem(dir.toString(), 0, "rules folder not found")));
        }
        List<Path> onDisk = walk(origin);
        FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
        Path root = fs.getPath("/rules");
        List<Path> copied = new ArrayList<>();
        Map<Path, String> stamps = new LinkedHashMap<>();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Files.createDirectories(root);
            for (Path f : onDisk) {
                String rel = rel(origin, f);
                stamps.put(f, stamp(f));
                byte[] bytes = Files.readAllBytes(f);
                sha.update(rel.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(bytes);
                sha.update((byte) 0);
                Path copy = root.resolve(rel);
                Files.createDirectories(copy.getParent());
                Files.write(copy, bytes);
                copied.add(copy);
            }
            // Never written to again: each table in it is parsed once, whoever reads it first.
            org.zwfw.kernel.CsvTable.parseOnce(fs);
            return new Lawbook(origin, root, HexFormat.of().formatHex(sha.digest()), List.copyOf(copied),
                    java.util.Collections.unmodifiableMap(stamps));
        } catch (IOException e) {
            throw new RuleSetException(List.of(new Problem(dir.toString(), 0, "cannot be read: " + e.getMessage())));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private volatile List<Manifest> manifests;

    /** Every manifest.yaml of the copy, in path order, parsed once (on first use) for every reader. */
    public List<Manifest> manifests() {
        List<Manifest> m = manifests;
        if (m == null) {
            synchronized (this) {
                if (manifests == null) {
                    manifests = files.stream().filter(f -> f.getFileName().toString().equals("manifest.yaml"))
                            .map(f -> Manifest.read(root, f)).toList();
                }
                m = manifests;
            }
        }
        return m;
    }

    /** The folder this was read from (for logs and messages; never read again through this lawbook). */
    public Path origin() {
        return origin;
    }

    /** The root of the copy: every reader of this rule set resolves its files here. */
    public Path root() {
        return root;
    }

    /** SHA-256 over every file's path and bytes, as read: any edit gives a new version. */
    public String version() {
        return version;
    }

    /** Every file of the copy, sorted by path. */
    public List<Path> files() {
        return files;
    }

    /** A file's path relative to the folder, with forward slashes (how problems name files). */
    public String rel(Path file) {
        return rel(root, file);
    }

    /**
     * Whether every file read is still, on disk, the size and age it had when read, and no file came or went: false
     * when the folder was edited while (or since) it was read — a version that would not name what is on disk.
     */
    public boolean stillOnDisk() {
        try {
            List<Path> now = walk(origin);
            if (!now.equals(new ArrayList<>(stamps.keySet()))) {
                return false;
            }
            for (Map.Entry<Path, String> e : stamps.entrySet()) {
                if (!stamp(e.getKey()).equals(e.getValue())) {
                    return false;
                }
            }
            return true;
        } catch (RuntimeException | IOException e) {
            return false;
        }
    }

    private static String stamp(Path f) throws IOException {
        return Files.size(f) + "@" + Files.getLastModifiedTime(f).toMillis();
    }

    public static String rel(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    /**
     * Every file of the folder, sorted, hidden and Office lock files left out. Symbolic links are followed — the folder
     * itself, subfolders and files may be links (a deployment often points {@code rules} at a release folder) — and
     * the files keep the paths under {@code root} they are reached by. A link that leads back into a folder it is in,
     * or that points nowhere, is a problem naming it: the files behind it would otherwise be left out without a word.
     */
    public static List<Path> walk(Path root) {
        List<Path> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            String n = file.getFileName().toString();
                            if (n.startsWith(".") || n.startsWith("~$")) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (attrs.isRegularFile()) {
                                files.add(file);
                            } else if (attrs.isSymbolicLink()) {
                                // Attributes of the link itself: what it points to does not exist.
                                problems.add(new Problem(rel(root, file), 0, "symbolic link to "
                                        + target(file) + ", which does not exist"));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                            if (e instanceof FileSystemLoopException) {
                                problems.add(new Problem(rel(root, file), 0, "symbolic link loop: " + target(file)
                                        + " is a folder this link is already inside of; remove or re-point the link"));
                                return FileVisitResult.CONTINUE;
                            }
                            throw e;
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        files.sort(null);
        return files;
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "its target";
        }
    }
}
