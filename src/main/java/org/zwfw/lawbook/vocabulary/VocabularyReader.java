package org.zwfw.lawbook.vocabulary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.zwfw.kernel.CsvTable;
import org.zwfw.kernel.Problem;

/**
 * Reads {@code rules/vocabulary/*.csv} into a {@link Vocabulary}. Every bad row is a {@code file:line} problem that
 * rejects the rule set, like a bad row of any other table; a missing table is a problem naming it.
 */
public final class VocabularyReader {
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]*");

    private VocabularyReader() {}

    /** A row's {@code code}: required, capital letters, digits and _ (as {@code example}); else a bad cell. */
    public static String code(CsvTable.Row row, String example) {
        String code = row.required("code");
        if (!CODE.matcher(code).matches()) {
            throw new CsvTable.BadCell("code " + code + " must be capital letters, digits and _ (like " + example + ")");
        }
        return code;
    }

    public static Vocabulary read(Path root, List<Problem> problems) {
        Map<String, Vocabulary.Term> groups = new LinkedHashMap<>();
        table(root, Vocabulary.PRIORITY_GROUPS, problems, List.of("code", "label", "meaning"), row -> {
            String code = code(row, groups);
            groups.put(code, new Vocabulary.Term(code, row.required("label"), row.text("meaning")));
        });
        Map<String, Vocabulary.ApplicantType> types = new LinkedHashMap<>();
        table(root, Vocabulary.APPLICANT_TYPES, problems, List.of("code", "label", "identifier"), row -> {
            String code = code(row, types);
            String kind = row.required("identifier");
            Vocabulary.Identifier identifier;
            try {
                identifier = Vocabulary.Identifier.valueOf(kind);
            } catch (IllegalArgumentException e) {
                throw new CsvTable.BadCell("identifier must be RESIDENT_ID or CREDIT_CODE, not " + kind);
            }
            types.put(code, new Vocabulary.ApplicantType(code, row.required("label"), identifier, row.text("meaning")));
        });
        Map<String, Vocabulary.MaterialStatus> statuses = new LinkedHashMap<>();
        table(root, Vocabulary.MATERIAL_STATUSES, problems, List.of("code", "label", "provided", "meaning"), row -> {
            String code = code(row, statuses);
            boolean provided = row.yesNo("provided");
            if (provided && statuses.values().stream().anyMatch(Vocabulary.MaterialStatus::provided)) {
                throw new CsvTable.BadCell("only one status counts as provided (provided=Y)");
            }
            statuses.put(code, new Vocabulary.MaterialStatus(code, row.required("label"), provided,
                    row.text("meaning")));
        });
        if (Files.exists(root.resolve(Vocabulary.MATERIAL_STATUSES))
                && statuses.values().stream().noneMatch(Vocabulary.MaterialStatus::provided)
                && problems.stream().noneMatch(p -> p.file().equals(Vocabulary.MATERIAL_STATUSES))) {
            problems.add(new Problem(Vocabulary.MATERIAL_STATUSES, 0,
                    "no status counts as provided: one row must have provided=Y"));
        }
        Vocabulary.MaterialStatus unlisted = statuses.get(Vocabulary.NOT_LISTED);
        if (Files.exists(root.resolve(Vocabulary.MATERIAL_STATUSES)) && (unlisted == null || unlisted.provided())
                && problems.stream().noneMatch(p -> p.file().equals(Vocabulary.MATERIAL_STATUSES))) {
            problems.add(new Problem(Vocabulary.MATERIAL_STATUSES, 0, "the status " + Vocabulary.NOT_LISTED
                    + " (what a material the request does not list counts as) must be a row with provided=N"));
        }
        return new Vocabulary(groups, types, statuses);
    }

    private static void table(Path root, String relative, List<Problem> problems, List<String> columns,
                              java.util.function.Consumer<CsvTable.Row> each) {
        Path file = root.resolve(relative);
        if (!Files.isRegularFile(file)) {
            problems.add(new Problem(relative, 0, "missing: the rules folder must list its " + columnsOf(relative)
                    + " (columns " + String.join(",", columns) + ")"));
            return;
        }
        CsvTable.read(root, file, problems, columns, each);
    }

    private static String columnsOf(String relative) {
        return relative.substring(relative.indexOf('/') + 1, relative.lastIndexOf('.')).replace('-', ' ');
    }

    private static String code(CsvTable.Row row, Map<String, ?> seen) {
        String code = code(row, "VETERAN");
        if (seen.containsKey(code)) {
            throw new CsvTable.BadCell("code " + code + " listed twice");
        }
        return code;
    }
}
