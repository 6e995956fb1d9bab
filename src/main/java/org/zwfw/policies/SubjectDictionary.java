package org.zwfw.policies;

import org.zwfw.policies.subject.Subject;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zwfw.kernel.CsvTable;
import org.zwfw.kernel.Problem;

/**
 * The data dictionary of the 免申即享 policies ({@code rules/policies/attributes.csv}) as the engine uses it: each
 * attribute's name, type — INTEGER, DECIMAL, BOOLEAN, REGION (a six-digit 行政区划代码) or ENUM(A|B|…) — and optional
 * bounds (min, max). The policy rules' {@code Subject} fact is declared from it when the rules compile
 * ({@link #declaration()}), and requests and population files are bound by it ({@link SubjectBinder}), so a new
 * attribute is a row here and a column in a decision table: no Java change, no rebuild. An absent value is null and
 * never satisfies a condition.
 */
public record SubjectDictionary(Map<String, Attribute> attributes) {
    public static final String FILE = "policies/attributes.csv";
    /** The package and name of the declared fact the decision tables match ({@code $s: Subject(...)}). */
    public static final String FACT_PACKAGE = "org.zwfw.policies.facts";
    public static final String FACT_NAME = "Subject";
    /** Where the generated declaration goes in the compiled rules (not a file of the rules folder). */
    public static final String DECLARATION_PATH = "org/zwfw/policies/facts/subject-declared-from-attributes.drl";
    /** Fields of the fact that are not attributes: a dictionary row may not use these names. */
    static final List<String> RESERVED = List.of("key", "type", "subject", "sources", "class");
    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Pattern ENUM = Pattern.compile("ENUM\\(([A-Z0-9_]+(?:\\|[A-Z0-9_]+)*)\\)");

    public enum Kind {
        INTEGER("Integer"), DECIMAL("Double"), BOOLEAN("Boolean"), REGION("String"), ENUM("String");

        final String javaType;

        Kind(String javaType) { this.javaType = javaType; }
    }

    /** One attribute; {@code values} for an ENUM, {@code min}/{@code max} may be null. */
    public record Attribute(String name, Kind kind, List<String> values, BigDecimal min, BigDecimal max) {}

    public SubjectDictionary {
        attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    public static SubjectDictionary empty() {
        return new SubjectDictionary(Map.of());
    }

    public Attribute attribute(String name) {
        return attributes.get(name);
    }

    public boolean has(String name) {
        return attributes.containsKey(name);
    }

    /**
     * Reads the dictionary; bad rows are {@code file:line} problems (and left out). {@code each} is told of every good
     * row (the published dictionary keeps its own columns). A folder without the file has an empty dictionary.
     */
    public static SubjectDictionary read(Path root, List<Problem> problems,
                                         java.util.function.BiConsumer<CsvTable.Row, Attribute> each) {
        Path file = root.resolve(FILE);
        if (!Files.exists(file)) {
            return empty();
        }
        Map<String, Attribute> out = new LinkedHashMap<>();
        CsvTable.read(root, file, problems, List.of("name", "type", "unit", "subject_type", "meaning"), row -> {
            String name = row.required("name");
            if (!NAME.matcher(name).matches() || RESERVED.contains(name)
                    || javax.lang.model.SourceVersion.isKeyword(name)) {
                throw new CsvTable.BadCell("attribute name " + name + " must be a lowerCamelCase word (letters and "
                        + "digits) other than " + String.join(", ", RESERVED));
            }
            if (out.containsKey(name)) {
                throw new CsvTable.BadCell("attribute " + name + " listed twice");
            }
            String type = row.required("type");
            Kind kind;
            List<String> values = List.of();
            Matcher m = ENUM.matcher(type);
            if (m.matches()) {
                kind = Kind.ENUM;
                values = List.of(m.group(1).split("\\|"));
            } else {
                try {
                    kind = Kind.valueOf(type);
                } catch (IllegalArgumentException e) {
                    kind = null;
                }
                if (kind == null || kind == Kind.ENUM) {
                    throw new CsvTable.BadCell("type must be INTEGER, DECIMAL, BOOLEAN, REGION or ENUM(A|B|…), not "
                            + type);
                }
            }
            BigDecimal min = bound(row, "min", kind);
            BigDecimal max = bound(row, "max", kind);
            if (min != null && max != null && min.compareTo(max) > 0) {
                throw new CsvTable.BadCell("min " + min + " is above max " + max);
            }
            Attribute a = new Attribute(name, kind, values, min, max);
            each.accept(row, a);
            out.put(name, a);
        });
        return new SubjectDictionary(out);
    }

    /** The dictionary as the compile thread needs it: problems are reported by the table readers, not twice. */
    public static SubjectDictionary read(Path root) {
        return read(root, new ArrayList<>(), (row, a) -> { });
    }

    private static BigDecimal bound(CsvTable.Row row, String column, Kind kind) {
        String v = row.text(column);
        if (v.isEmpty()) {
            return null;
        }
        if (kind != Kind.INTEGER && kind != Kind.DECIMAL) {
            throw new CsvTable.BadCell("column " + column + " is for INTEGER and DECIMAL attributes only");
        }
        try {
            BigDecimal b = new BigDecimal(v);
            if (kind == Kind.INTEGER && b.stripTrailingZeros().scale() > 0) {
                throw new CsvTable.BadCell("column " + column + " of an INTEGER attribute must be a whole number");
            }
            return b;
        } catch (NumberFormatException e) {
            throw new CsvTable.BadCell("column " + column + " must be a number, not '" + v + "'");
        }
    }

    /**
     * Hands the generated declaration of the Subject fact ({@link #DECLARATION_PATH}, DRL bytes) to a rule compile,
     * when the folder has a data dictionary: the compiled rules (and a compiled-rule cache key) then follow it.
     */
    public static void declare(Path root, java.util.function.BiConsumer<String, byte[]> resource) {
        if (Files.exists(root.resolve(FILE))) {
            resource.accept(DECLARATION_PATH,
                    read(root).declaration().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /**
     * Whether a compile message only says that the Subject fact was not declared — what Drools reports on every policy
     * row when a parse error elsewhere kept the declaration from being built.
     */
    public static boolean isUndeclaredSubject(String message) {
        return message.endsWith("Unable to resolve ObjectType '" + FACT_NAME + "'")
                || message.endsWith("Rule Compilation error $s cannot be resolved to a variable");
    }

    /**
     * The DRL that declares the policy rules' {@code Subject} fact from the dictionary: its key and type, one field
     * per attribute (boxed: null is absent), and the subject it was made from (see {@link SubjectFacts}).
     */
    public String declaration() {
        StringBuilder drl = new StringBuilder("package " + FACT_PACKAGE + ";\n\n")
                .append("// Generated from ").append(FILE).append(" when the rules compile: one field per attribute.\n")
                .append("declare ").append(FACT_NAME).append("\n")
                .append("    subject : org.zwfw.policies.subject.Subject\n")
                .append("    key : String\n")
                .append("    type : String\n");
        attributes.values().forEach(a -> drl.append("    ").append(a.name()).append(" : ")
                .append(a.kind().javaType).append('\n'));
        return drl.append("end\n").toString();
    }
}
