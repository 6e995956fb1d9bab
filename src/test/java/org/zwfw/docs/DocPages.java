package org.zwfw.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The documentation pages — {@code README.md} and {@code docs/*.md} — as the tests of this package read them: their
 * fenced code blocks, the example markers before them, their relative links and their headings' anchors.
 *
 * <p>An example is written on a page as an HTML comment, the request and the answer:
 *
 * <pre>
 * &lt;!-- example: yinchuan-acceptance --&gt;            (or: example: name status=403, example: name abridged)
 * ```bash
 * curl -s -X POST http://localhost:8080/api/v1/… \
 *   -H 'Content-Type: application/json' -H 'Authorization: Bearer intake-dev-token' \
 *   -d '{ … }'
 * ```
 * (any prose)
 * ```json
 * { … the answer … }
 * ```
 * </pre>
 *
 * The marker is a line of its own. The request block is the first fenced block after the marker, the answer block the next one. {@code status=} is the
 * HTTP status the page shows (200 when not given); {@code abridged} means the page leaves fields out, so an object of
 * the answer may have fields the page does not show (every field it shows must still be there, with the value shown).
 * A curl block the tests do not run says why: {@code <!-- not-run: reason -->}.
 */
final class DocPages {
    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path README = ROOT.resolve("README.md");

    private static final Pattern MARKER = Pattern.compile("<!--\\s*example:\\s*(\\S+)((?:\\s+[\\w=]+)*)\\s*-->");
    private static final Pattern COMMAND_MARKER =
            Pattern.compile("<!--\\s*command-example:\\s*(\\S+)\\s+exit=(\\d+)\\s*-->");
    private static final Pattern NOT_RUN = Pattern.compile("<!--\\s*not-run:[^>]+-->");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");

    private DocPages() {}

    /** README.md, then docs/*.md by name. */
    static List<Path> pages() {
        List<Path> out = new ArrayList<>();
        out.add(README);
        try (Stream<Path> s = Files.list(ROOT.resolve("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<String> lines(Path page) {
        try {
            return Files.readAllLines(page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String name(Path page) {
        return ROOT.relativize(page).toString();
    }

    /** A fenced code block: its info string, its text, the lines of its opening and closing fences (from 1). */
    record Block(String info, String text, int line, int end) {}

    /**
     * Every fenced code block of the page, in order: a fence is three or more backticks (it may be indented, as in a
     * list item) and is closed by a line of at least as many backticks, so a block of four shows blocks of three.
     */
    static List<Block> blocks(List<String> lines) {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String open = lines.get(i).strip();
            int fence = backticks(open);
            if (fence < 3) {
                continue;
            }
            int indent = lines.get(i).indexOf('`');
            StringBuilder text = new StringBuilder();
            int j = i + 1;
            for (; j < lines.size() && !closes(lines.get(j).strip(), fence); j++) {
                String l = lines.get(j);
                text.append(l.length() >= indent && l.substring(0, indent).isBlank() ? l.substring(indent) : l.strip())
                        .append('\n');
            }
            out.add(new Block(open.substring(fence).strip(), text.toString(), i + 1, j + 1));
            i = j;
        }
        return out;
    }

    private static int backticks(String s) {
        int n = 0;
        while (n < s.length() && s.charAt(n) == '`') {
            n++;
        }
        return n;
    }

    private static boolean closes(String s, int fence) {
        return backticks(s) >= fence && backticks(s) == s.length();
    }

    /** Whether each line (from 0) is part of a fenced code block, fences included. */
    static boolean[] inCode(List<String> lines) {
        boolean[] out = new boolean[lines.size()];
        for (Block b : blocks(lines)) {
            for (int i = b.line() - 1; i < Math.min(b.end(), lines.size()); i++) {
                out[i] = true;
            }
        }
        return out;
    }

    /** A marked example: where it is, its name, what the page shows. */
    record Example(String page, int line, String name, int status, boolean abridged, Block request, Block answer) {
        @Override
        public String toString() {
            return page + ":" + line + " " + name;
        }
    }

    static List<Example> examples() {
        List<Example> out = new ArrayList<>();
        for (Path page : pages()) {
            List<String> lines = lines(page);
            List<Block> blocks = blocks(lines);
            boolean[] code = inCode(lines);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = MARKER.matcher(lines.get(i).strip());
                if (code[i] || !m.matches()) {
                    continue;
                }
                int status = 200;
                boolean abridged = false;
                for (String option : m.group(2).strip().split("\\s+")) {
                    if (option.startsWith("status=")) {
                        status = Integer.parseInt(option.substring("status=".length()));
                    } else if (option.equals("abridged")) {
                        abridged = true;
                    } else if (!option.isEmpty()) {
                        throw new AssertionError(name(page) + ":" + (i + 1) + ": unknown example option " + option);
                    }
                }
                int at = i + 1;
                List<Block> next = blocks.stream().filter(b -> b.line() > at).limit(2).toList();
                if (next.size() < 2) {
                    throw new AssertionError(name(page) + ":" + at + ": example " + m.group(1)
                            + " needs a request block and an answer block after it");
                }
                out.add(new Example(name(page), at, m.group(1), status, abridged, next.get(0), next.get(1)));
            }
        }
        return out;
    }

    /** A marked command example: the command's block and the block of what it prints on standard output. */
    record CommandExample(String page, int line, String name, int exit, Block command, Block output) {
        @Override
        public String toString() {
            return page + ":" + line + " " + name;
        }
    }

    /**
     * Command examples, marked {@code <!-- command-example: name exit=N -->} before a {@code bash} block holding one
     * {@code java -Dfile.encoding=UTF-8 -jar target/zwfw-rules-0.1.0.jar <command> <options>} line and the block of
     * its standard output.
     */
    static List<CommandExample> commandExamples() {
        List<CommandExample> out = new ArrayList<>();
        for (Path page : pages()) {
            List<String> lines = lines(page);
            List<Block> blocks = blocks(lines);
            boolean[] code = inCode(lines);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = COMMAND_MARKER.matcher(lines.get(i).strip());
                if (code[i] || !m.matches()) {
                    continue;
                }
                int at = i + 1;
                List<Block> next = blocks.stream().filter(b -> b.line() > at).limit(2).toList();
                if (next.size() < 2) {
                    throw new AssertionError(name(page) + ":" + at + ": command example " + m.group(1)
                            + " needs a command block and an output block after it");
                }
                out.add(new CommandExample(name(page), at, m.group(1), Integer.parseInt(m.group(2)), next.get(0),
                        next.get(1)));
            }
        }
        return out;
    }

    /** Curl blocks against the service with neither an example marker nor a not-run note before them. */
    static List<String> unmarkedCurlBlocks() {
        List<String> out = new ArrayList<>();
        for (Path page : pages()) {
            List<String> lines = lines(page);
            for (Block b : blocks(lines)) {
                if (!b.text().contains("curl ") || !b.text().contains("localhost:8080")) {
                    continue;
                }
                String before = b.line() >= 2 ? lines.get(b.line() - 2) : "";
                if (!MARKER.matcher(before.strip()).matches() && !NOT_RUN.matcher(before.strip()).matches()) {
                    out.add(name(page) + ":" + b.line());
                }
            }
        }
        return out;
    }

    /** Every relative link of the page: the target as written, and the line. */
    static Map<String, Integer> relativeLinks(List<String> lines) {
        Map<String, Integer> out = new LinkedHashMap<>();
        boolean[] code = inCode(lines);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (code[i]) {
                continue;
            }
            Matcher m = LINK.matcher(l.replaceAll("`[^`]*`", ""));
            while (m.find()) {
                String target = m.group(1);
                if (!target.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
                    out.putIfAbsent(target, i + 1);
                }
            }
        }
        return out;
    }

    /** The anchors GitHub gives the page's headings (lower case, punctuation dropped, spaces to hyphens, -1 … for repeats). */
    static Set<String> anchors(List<String> lines) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        boolean[] code = inCode(lines);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = HEADING.matcher(lines.get(i));
            if (code[i] || !m.matches()) {
                continue;
            }
            String slug = m.group(1).replaceAll("`", "").toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "").replace(' ', '-');
            int n = seen.getOrDefault(slug, 0);
            seen.put(n == 0 ? slug : slug + "-" + n, 0);
            seen.put(slug, n + 1);
        }
        return seen.keySet();
    }
}
