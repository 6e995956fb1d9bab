package org.zwfw.policies;

import org.zwfw.policies.subject.Subject;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of the policy decision tables ({@code policies/*.drl.csv}) read with Commons CSV, for what needs a row's
 * conditions as data rather than as compiled rules: near misses (which condition failed, by how much) and the engines
 * Drools is measured against (the Java loop, DMN). Only the handful of snippet shapes the tables use is understood — this is not an
 * expression parser: METADATA {@code key("$param")} / {@code key($param)}, the ActivePolicy condition
 * {@code code == "$param"} and Subject conditions {@code attribute OP $param} / {@code attribute == "$param"} with OP
 * one of {@code < <= > >= == !=}. Anything else fails loudly, so an engine never silently drops a condition.
 */
public final class PolicyRows {
    private static final Pattern META = Pattern.compile("^(\\w+)\\((\"?)\\$param\\2\\)$");
    private static final Pattern ACTIVE = Pattern.compile("^code\\s*==\\s*\"\\$param\"$");
    private static final Pattern CONDITION = Pattern.compile("^(\\w+)\\s*(<=|>=|<|>|==|!=)\\s*(\"?)\\$param\\3$");

    /** One condition column: attribute (a dictionary attribute or {@code type}), operator and snippet as written. */
    public record Column(String attribute, String op, boolean quoted, String snippet) {}

    /** One filled condition cell of a row. */
    public record Condition(Column column, String value) {
        /** The threshold as a typed value: a String if quoted, a Boolean for true/false, else a Double. */
        public Object typedValue() {
            if (column.quoted()) {
                return value;
            }
            if (value.equals("true") || value.equals("false")) {
                return Boolean.valueOf(value);
            }
            return Double.valueOf(value);
        }
    }

    /** One rule row: its name, metadata (as the compiled rule's getMetaData()), policy code and conditions. */
    public record Row(String file, String name, Map<String, Object> metadata, String activePolicy,
                      List<Condition> conditions) {
        public String policy() { return (String) metadata.get("policy"); }
    }

    private PolicyRows() {}

    /** Every policy row of every {@code policies/*.drl.csv} of a rules folder, in file and row order. */
    public static List<Row> read(Path rulesDir) {
        Path dir = rulesDir.resolve("policies");
        try (Stream<Path> s = Files.list(dir)) {
            List<Row> rows = new ArrayList<>();
            for (Path f : s.filter(p -> p.getFileName().toString().endsWith(".drl.csv")).sorted().toList()) {
                rows.addAll(readTable(f));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows whose policy is in the set (the policies valid on the date in the jurisdiction chain). */
    public static List<Row> active(List<Row> rows, Set<String> activeCodes) {
        // Validity is the policy's (catalog dates and jurisdiction), whether or not a table row also tests it.
        return rows.stream().filter(r -> r.policy() != null && activeCodes.contains(r.policy()))
                .filter(r -> r.activePolicy() == null || activeCodes.contains(r.activePolicy())).toList();
    }

    /** Distinct Subject condition columns over all rows, in first-seen order. */
    public static List<Column> columns(List<Row> rows) {
        Map<String, Column> cols = new LinkedHashMap<>();
        rows.forEach(r -> r.conditions().forEach(c -> cols.putIfAbsent(c.column().snippet(), c.column())));
        return List.copyOf(cols.values());
    }

    static List<Row> readTable(Path file) {
        List<CSVRecord> recs;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            recs = CSVFormat.DEFAULT.parse(r).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < recs.size(); i++) {
            if (!recs.get(i).get(0).trim().startsWith("RuleTable")) {
                continue;
            }
            String where = file.getFileName() + ":" + (i + 1);
            List<String> keywords = recs.get(i + 1).toList();
            List<String> objects = recs.get(i + 2).toList();
            List<String> snippets = recs.get(i + 3).toList();
            int j = i + 5; // after the description row
            Object[] kinds = new Object[keywords.size()]; // per column: String meta key, Column, "ACTIVE", "NAME" or null
            for (int c = 0; c < keywords.size(); c++) {
                String k = keywords.get(c).trim();
                String snippet = c < snippets.size() ? snippets.get(c).trim() : "";
                String object = c < objects.size() ? objects.get(c).trim() : "";
                switch (k) {
                    case "NAME" -> kinds[c] = "NAME";
                    case "METADATA" -> {
                        Matcher m = META.matcher(snippet);
                        if (!m.matches()) {
                            throw new IllegalArgumentException(where + ": metadata snippet not understood: " + snippet);
                        }
                        // key("$param") is text; key($param) a number (as Drools reads the annotation value).
                        kinds[c] = (m.group(2).isEmpty() ? "num:" : "meta:") + m.group(1);
                    }
                    case "CONDITION" -> {
                        if (object.startsWith("ActivePolicy")) {
                            if (!ACTIVE.matcher(snippet).matches()) {
                                throw new IllegalArgumentException(where + ": ActivePolicy snippet not understood: " + snippet);
                            }
                            kinds[c] = "ACTIVE";
                        } else if (object.matches("\\$s\\s*:\\s*Subject\\.\\.\\.")) {
                            Matcher m = CONDITION.matcher(snippet);
                            if (!m.matches()) {
                                throw new IllegalArgumentException(where + ": condition snippet not understood: " + snippet);
                            }
                            kinds[c] = new Column(m.group(1), m.group(2), !m.group(3).isEmpty(), snippet);
                        } else {
                            throw new IllegalArgumentException(where + ": condition object not understood: " + object);
                        }
                    }
                    case "ACTION", "" -> kinds[c] = null;
                    default -> throw new IllegalArgumentException(where + ": column kind not understood: " + k);
                }
            }
            for (; j < recs.size(); j++) {
                CSVRecord rec = recs.get(j);
                if (rec.stream().allMatch(String::isBlank) || rec.get(0).trim().startsWith("RuleTable")) {
                    break;
                }
                String name = null;
                String active = null;
                Map<String, Object> meta = new LinkedHashMap<>();
                List<Condition> conds = new ArrayList<>();
                for (int c = 0; c < kinds.length && c < rec.size(); c++) {
                    String v = rec.get(c).trim();
                    if (v.isEmpty() || kinds[c] == null) {
                        continue;
                    }
                    if (kinds[c] instanceof Column col) {
                        conds.add(new Condition(col, v));
                    } else if (kinds[c].equals("NAME")) {
                        name = v;
                    } else if (kinds[c].equals("ACTIVE")) {
                        active = v;
                    } else if (((String) kinds[c]).startsWith("num:")) {
                        meta.put(((String) kinds[c]).substring(4), Double.valueOf(v));
                    } else {
                        meta.put(((String) kinds[c]).substring(5), v);
                    }
                }
                rows.add(new Row(file.getFileName().toString(), name, Collections.unmodifiableMap(meta), active,
                        List.copyOf(conds)));
            }
            i = j;
        }
        return rows;
    }
}
