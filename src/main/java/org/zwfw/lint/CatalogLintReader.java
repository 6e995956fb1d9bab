package org.zwfw.lint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.zwfw.kernel.CsvTable;
import org.zwfw.lint.facts.ListedMaterial;
import org.zwfw.lint.facts.ListedMatter;
import org.zwfw.lint.facts.ListedProof;
import org.zwfw.lint.facts.ListedTolerable;
import org.zwfw.kernel.Problem;

/**
 * Reads a catalog folder ({@code matters.csv}, {@code guide.csv}, {@code materials.csv}, {@code tolerance-list.csv},
 * {@code retained-proofs.csv}) as written, for linting. Unlike the loader of the rule set it keeps what the law
 * forbids — a promise beyond the legal time limit, a 容缺 entry naming no material of the matter, an empty element —
 * because finding those is the lint rules' job; it reports only what cannot be read at all (a missing table or key
 * column, a number or Y/N cell that is neither, a row for a matter the catalog does not list) as
 * {@code file:line: message}.
 */
public final class CatalogLintReader {
    public static final String MATTERS = "matters.csv";
    public static final String GUIDE = "guide.csv";
    public static final String MATERIALS = "materials.csv";
    public static final String TOLERANCE = "tolerance-list.csv";
    public static final String RETAINED = "retained-proofs.csv";
    public static final List<String> TABLES = List.of(MATTERS, GUIDE, MATERIALS, TOLERANCE, RETAINED);

    /** The 实施清单 elements of matters.csv. */
    static final List<String> MATTERS_COLUMNS = List.of("matter_code", "name", "type", "service_objects", "legal_days",
            "promised_days", "on_the_spot");
    /** The 办事指南 elements of guide.csv, one row per matter. */
    static final List<String> GUIDE_COLUMNS = List.of("basic_code", "department", "basis", "source_of_power",
            "exercise_level", "agency", "conditions", "process", "review_standard", "handling_form", "intermediary",
            "charges", "visits", "result_sample", "hours", "consultation", "location", "complaints", "faq");
    /**
     * The channel columns of guide.csv (银川 第二十二条; 红寺堡 三（三）9): {@code prebooking_required} Y where the guide
     * requires an online pre-booking or online submission before the window takes the application, and
     * {@code channel_basis} the law that allows limiting the channels or requiring the pre-booking (empty: none). The
     * channels themselves are {@code handling_form} (办理形式: 窗口办理|网上办理). Absent columns read as N and empty.
     */
    static final List<String> CHANNEL_COLUMNS = List.of("prebooking_required", "channel_basis");
    /** Every element a matter may be required to state; {@code materials}: materials.csv lists at least one. */
    public static final List<String> MATTER_ELEMENTS = Stream.of(MATTERS_COLUMNS, GUIDE_COLUMNS, List.of("materials"))
            .flatMap(List::stream).toList();
    /** What each material may be required to state (西安 第十三条). */
    public static final List<String> MATERIAL_ELEMENTS = List.of("name", "form", "sample_text", "copies", "spec",
            "electronic");
    /** What each row of the 证明事项清单 may be required to state (银川 第二十七条: 设定依据、索要单位、开具单位). */
    public static final List<String> PROOF_ELEMENTS = List.of("basis", "requesting_unit", "issuing_unit");

    private CatalogLintReader() {}

    public static CatalogUnderLint read(Path folder, List<Problem> problems) {
        Path root = folder;
        Map<String, Map<String, String>> matterRows = new LinkedHashMap<>();
        Map<String, Integer[]> days = new HashMap<>();
        Map<String, String> fees = new HashMap<>();
        Path mf = folder.resolve(MATTERS);
        if (!Files.exists(mf)) {
            problems.add(new Problem(MATTERS, 0, "missing: a catalog lists its matters in matters.csv"));
        } else {
            CsvTable.read(root, mf, problems, List.of("matter_code", "name"), row -> {
                String code = row.required("matter_code");
                if (matterRows.containsKey(code)) {
                    throw new CsvTable.BadCell("matter " + code + " listed twice");
                }
                Map<String, String> values = new HashMap<>();
                MATTERS_COLUMNS.forEach(c -> values.put(c, row.text(c)));
                String fee = row.text("fee_code");
                fees.put(code, fee.isEmpty() ? null : fee);
                matterRows.put(code, values);
                // Listed before its cells are read, so a bad cell is one problem, not one per row that names the matter.
                days.put(code, new Integer[] {row.optionalInt("legal_days"), row.optionalInt("promised_days")});
                row.yesNo("on_the_spot");
            });
        }
        Map<String, Boolean> charges = new HashMap<>();
        Path gf = folder.resolve(GUIDE);
        if (Files.exists(gf)) {
            CsvTable.read(root, gf, problems, List.of("matter_code"), row -> {
                Map<String, String> values = known(row.required("matter_code"), matterRows);
                charges.put(row.required("matter_code"), row.yesNo("charges"));
                GUIDE_COLUMNS.forEach(c -> values.put(c, row.text(c)));
                values.put("prebooking_required", row.yesNo("prebooking_required") ? "Y" : "N");
                values.put("channel_basis", row.text("channel_basis"));
            });
        }
        List<ListedMaterial> materials = new ArrayList<>();
        Path matf = folder.resolve(MATERIALS);
        if (Files.exists(matf)) {
            CsvTable.read(root, matf, problems, List.of("matter_code", "material_code", "name"), row -> {
                String matter = row.required("matter_code");
                known(matter, matterRows).put("materials", "Y");
                row.optionalInt("copies");
                row.yesNo("electronic");
                Map<String, String> values = new HashMap<>();
                MATERIAL_ELEMENTS.forEach(c -> values.put(c, row.text(c)));
                String via = row.text("obtainable_via");
                if (!via.isEmpty() && !via.equals("E_LICENSE") && !via.equals("DATA_SHARING")) {
                    throw new CsvTable.BadCell("obtainable_via must be E_LICENSE, DATA_SHARING or empty, not " + via);
                }
                materials.add(new ListedMaterial(matter, row.required("material_code"), row.text("name"),
                        row.yesNo("main"), row.yesNo("proof"), via.isEmpty() ? null : via,
                        !row.text("applicant_submits").equals("N"), values));
            });
        }
        List<ListedTolerable> tolerable = new ArrayList<>();
        Path tf = folder.resolve(TOLERANCE);
        if (Files.exists(tf)) {
            CsvTable.read(root, tf, problems, List.of("matter_code", "material_code"), row ->
                    tolerable.add(new ListedTolerable(row.required("matter_code"), row.required("material_code"))));
        }
        List<ListedProof> proofs = new ArrayList<>();
        Path rf = folder.resolve(RETAINED);
        if (Files.exists(rf)) {
            CsvTable.read(root, rf, problems, List.of("proof_name"), row -> {
                Map<String, String> values = new HashMap<>();
                PROOF_ELEMENTS.forEach(c -> values.put(c, row.text(c)));
                proofs.add(new ListedProof(row.required("proof_name"), values, (int) row.line()));
            });
        }
        List<ListedMatter> matters = new ArrayList<>();
        matterRows.forEach((code, values) -> {
            Integer[] d = days.getOrDefault(code, new Integer[2]);
            String fee = fees.get(code);
            matters.add(new ListedMatter(code, values.get("name"), values.get("type"), d[0], d[1],
                    charges.getOrDefault(code, false) || fee != null, fee, values));
        });
        return new CatalogUnderLint(List.copyOf(matters), List.copyOf(materials), List.copyOf(tolerable),
                List.copyOf(proofs));
    }

    private static Map<String, String> known(String matter, Map<String, Map<String, String>> matterRows) {
        Map<String, String> values = matterRows.get(matter);
        if (values == null) {
            throw new CsvTable.BadCell("matter " + matter + " is not in matters.csv");
        }
        return values;
    }
}
