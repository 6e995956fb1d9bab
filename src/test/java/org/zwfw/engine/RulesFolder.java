package org.zwfw.engine;

import org.zwfw.kernel.RulesFolders;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** Test support: a copy of the sample rules/ folder that a test may change before loading it. */
public final class RulesFolder {
    public static final Path SAMPLE = Path.of("rules");

    private final Path root;

    private RulesFolder(Path root) {
        this.root = root;
    }

    /** Copies the sample rules into {@code dir} (a @TempDir). */
    public static RulesFolder copyOfSample(Path dir) {
        return new RulesFolder(RulesFolders.copy(SAMPLE, dir));
    }

    public Path root() { return root; }

    public Path file(String relative) { return root.resolve(relative); }

    public RuleSet load() { return RuleSetLoader.load(root); }

    public String read(String relative) {
        try {
            return Files.readString(file(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RulesFolder write(String relative, String content) {
        try {
            Files.createDirectories(file(relative).getParent());
            Files.writeString(file(relative), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public RulesFolder edit(String relative, UnaryOperator<String> change) {
        String before = read(relative);
        String after = change.apply(before);
        if (after.equals(before)) {
            throw new IllegalStateException("edit of " + relative + " changed nothing");
        }
        return write(relative, after);
    }

    /** Rewrites a catalog table with Commons CSV, keeping only the rows the filter accepts. */
    public RulesFolder keepRows(String relative, Predicate<CSVRecord> keep) {
        CSVFormat in = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<String> header;
        List<CSVRecord> kept = new ArrayList<>();
        int before = 0;
        try (Reader r = Files.newBufferedReader(file(relative), StandardCharsets.UTF_8)) {
            var parser = in.parse(r);
            header = parser.getHeaderNames();
            for (CSVRecord rec : parser) {
                before++;
                if (keep.test(rec)) {
                    kept.add(rec);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (kept.size() == before) {
            throw new IllegalStateException("no row of " + relative + " was dropped");
        }
        try (Writer w = Files.newBufferedWriter(file(relative), StandardCharsets.UTF_8);
             CSVPrinter p = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(w)) {
            for (CSVRecord rec : kept) {
                p.printRecord(rec.values());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Appends CSV lines (already formatted) to a table. */
    public RulesFolder appendLines(String relative, String... lines) {
        String text = read(relative);
        StringBuilder sb = new StringBuilder(text);
        if (!text.endsWith("\n")) {
            sb.append('\n');
        }
        for (String l : lines) {
            sb.append(l).append('\n');
        }
        return write(relative, sb.toString());
    }
}
