package org.zwfw.governance.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.zwfw.kernel.BadRequestException;
import org.zwfw.kernel.FieldProblem;

/**
 * Unpacks an uploaded rules folder (zip) into a fresh folder, refusing what could harm the server: an entry whose
 * path leaves the folder (zip slip: absolute paths, {@code ..}), more than {@link #MAX_ENTRIES} entries, more than
 * {@link #MAX_BYTES} in all once unpacked or {@link #MAX_UPLOAD} packed (a zip bomb stops at the limit, it is never
 * written out whole). Each refusal is a 400 naming the upload's field.
 */
public final class ZipUpload {
    static final long MAX_UPLOAD = 16L << 20;
    static final long MAX_BYTES = 64L << 20;
    static final int MAX_ENTRIES = 5_000;

    private ZipUpload() {}

    /** Unpacks into {@code dir}; returns the rules folder inside it (the archive's single top folder, if it has one). */
    public static Path unpack(InputStream upload, Path dir, String field) throws IOException {
        long[] packed = {0};
        InputStream counted = new InputStream() {
            @Override
            public int read() throws IOException {
                int b = upload.read();
                if (b >= 0 && ++packed[0] > MAX_UPLOAD) {
                    throw bad(field, "the upload is larger than " + (MAX_UPLOAD >> 20) + " MB");
                }
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = upload.read(buf, off, len);
                if (n > 0 && (packed[0] += n) > MAX_UPLOAD) {
                    throw bad(field, "the upload is larger than " + (MAX_UPLOAD >> 20) + " MB");
                }
                return n;
            }
        };
        int entries = 0;
        long total = 0;
        byte[] buf = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(counted)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw bad(field, "the archive has more than " + MAX_ENTRIES + " entries");
                }
                Path target = safeTarget(dir, e.getName(), field);
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target)) {
                    for (int n = zip.read(buf); n > 0; n = zip.read(buf)) {
                        total += n;
                        if (total > MAX_BYTES) {
                            throw bad(field, "the archive unpacks to more than " + (MAX_BYTES >> 20) + " MB");
                        }
                        out.write(buf, 0, n);
                    }
                }
            }
        } catch (ZipException e) {
            throw bad(field, "is not a readable zip archive");
        }
        if (entries == 0) {
            throw bad(field, "is empty or not a zip archive");
        }
        return rootOf(dir);
    }

    private static Path safeTarget(Path dir, String name, String field) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*") || List.of(n.split("/")).contains("..")) {
            throw bad(field, "entry " + name + " would be written outside the rules folder");
        }
        Path target = dir.resolve(n).normalize();
        if (!target.startsWith(dir)) {
            throw bad(field, "entry " + name + " would be written outside the rules folder");
        }
        return target;
    }

    /** A zip of the folder itself (rules/…) or of its contents: the folder that holds jurisdictions.csv. */
    private static Path rootOf(Path dir) throws IOException {
        if (Files.exists(dir.resolve("jurisdictions.csv"))) {
            return dir;
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> children = s.filter(p -> !p.getFileName().toString().startsWith("__MACOSX")).toList();
            return children.size() == 1 && Files.isDirectory(children.get(0)) ? children.get(0) : dir;
        }
    }

    public static BadRequestException bad(String field, String message) {
        return new BadRequestException(List.of(new FieldProblem(field, message)));
    }
}
