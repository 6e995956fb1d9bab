package org.zwfw.catalog;

import org.zwfw.kernel.CsvTable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.zwfw.catalog.CommitmentListing;
import org.zwfw.catalog.CreditRecord;
import org.zwfw.catalog.RetainedProof;
import org.zwfw.catalog.Matter;
import org.zwfw.catalog.ToleranceListing;
import org.zwfw.kernel.Problem;

/**
 * Reads rules/jurisdictions.csv, the holiday calendar and each jurisdiction's catalog folder
 * ({@code <folder>/catalog/matters.csv, materials.csv, tolerance-list.csv, retained-proofs.csv}).
 */
public final class CatalogLoader {
    static final Set<String> MATTER_TYPES = Set.of("行政许可", "行政确认", "行政裁决", "行政给付", "行政奖励",
            "行政备案", "行政征收", "其他行政权力", "公共服务");
    static final Set<String> VIA = Set.of("E_LICENSE", "DATA_SHARING");

    private CatalogLoader() {}

    /** The catalog, its service objects checked against the applicant types of the folder's vocabulary. */
    public static Catalog load(Path root, List<Problem> problems) {
        return load(root, problems, org.zwfw.lawbook.vocabulary.VocabularyReader.read(root, new java.util.ArrayList<>())
                .applicantTypeCodes());
    }

    /** The catalog; a matter's service_objects must be applicant types of the vocabulary ({@code serviceObjects}). */
    public static Catalog load(Path root, List<Problem> problems, Set<String> serviceObjects) {
        Map<String, Jurisdiction> jurisdictions = new LinkedHashMap<>();
        Path jur = root.resolve("jurisdictions.csv");
        if (!Files.exists(jur)) {
            problems.add(new Problem("jurisdictions.csv", 0, "missing: the rules folder must list its jurisdictions"));
        } else {
            CsvTable.read(root, jur, problems, List.of("code", "name", "parent", "folder"), row -> {
                String code = row.required("code");
                if (!code.matches("\\d{6}")) {
                    throw new CsvTable.BadCell("code must be a six-digit 行政区划代码, not " + code);
                }
                if (jurisdictions.containsKey(code)) {
                    throw new CsvTable.BadCell("code " + code + " listed twice");
                }
                String parent = row.text("parent");
                jurisdictions.put(code, new Jurisdiction(code, row.required("name"), parent.isEmpty() ? null : parent,
                        row.required("folder")));
            });
            jurisdictions.values().stream()
                    .filter(j -> j.parent() != null && !jurisdictions.containsKey(j.parent()))
                    .forEach(j -> problems.add(new Problem("jurisdictions.csv", 0,
                            "parent " + j.parent() + " of " + j.code() + " is not listed")));
        }

        Map<LocalDate, WorkingCalendar.DayType> days = new HashMap<>();
        Path cal = root.resolve("calendar/cn-holidays.csv");
        if (!Files.exists(cal)) {
            problems.add(new Problem("calendar/cn-holidays.csv", 0, "missing: working days cannot be counted"));
        } else {
            CsvTable.read(root, cal, problems, List.of("date", "type", "name"), row -> {
                LocalDate d = row.optionalDate("date");
                if (d == null) {
                    throw new CsvTable.BadCell("column date is empty");
                }
                String t = row.required("type");
                try {
                    days.put(d, WorkingCalendar.DayType.valueOf(t));
                } catch (IllegalArgumentException e) {
                    throw new CsvTable.BadCell("type must be HOLIDAY or WORKDAY, not " + t);
                }
            });
        }

        Map<String, JurisdictionCatalog> byJurisdiction = new LinkedHashMap<>();
        for (Jurisdiction j : jurisdictions.values()) {
            Path folder = root.resolve(j.folder()).resolve("catalog");
            if (Files.isDirectory(folder)) {
                byJurisdiction.put(j.code(), readCatalog(root, folder, j, serviceObjects, problems));
            }
        }
        Map<String, List<CreditRecord>> credit = new HashMap<>();
        Path cr = root.resolve("credit/credit-records.csv");
        if (Files.exists(cr)) {
            CsvTable.read(root, cr, problems, List.of("subject_id", "record", "severity", "recorded_on",
                    "repaired_on", "source"), row -> {
                String severity = row.required("severity");
                if (!Set.of("MINOR", "SERIOUS", "FALSE_COMMITMENT").contains(severity)) {
                    throw new CsvTable.BadCell("severity must be MINOR, SERIOUS or FALSE_COMMITMENT, not " + severity);
                }
                LocalDate recorded = row.optionalDate("recorded_on");
                if (recorded == null) {
                    throw new CsvTable.BadCell("column recorded_on is empty");
                }
                LocalDate repaired = row.optionalDate("repaired_on");
                if (repaired != null && repaired.isBefore(recorded)) {
                    throw new CsvTable.BadCell("repaired_on is before recorded_on");
                }
                credit.computeIfAbsent(row.required("subject_id"), k -> new ArrayList<>())
                        .add(new CreditRecord(row.required("record"), severity, recorded, repaired, row.text("source")));
            });
        }
        return new Catalog(Map.copyOf(jurisdictions), Map.copyOf(byJurisdiction), new WorkingCalendar(days),
                Map.copyOf(credit));
    }

    private static JurisdictionCatalog readCatalog(Path root, Path folder, Jurisdiction j, Set<String> serviceObjects,
                                                   List<Problem> problems) {
        Map<String, Matter> matters = new LinkedHashMap<>();
        Path mf = folder.resolve("matters.csv");
        if (Files.exists(mf)) {
            CsvTable.read(root, mf, problems, List.of("matter_code", "name", "type", "service_objects", "legal_days",
                    "promised_days", "on_the_spot", "commitment", "fee_code", "supplement_days", "published_from",
                    "published_to"), row -> {
                String code = row.required("matter_code");
                if (matters.containsKey(code)) {
                    throw new CsvTable.BadCell("matter " + code + " listed twice");
                }
                String type = row.required("type");
                if (!MATTER_TYPES.contains(type)) {
                    throw new CsvTable.BadCell("type " + type + " is not a 事项类型");
                }
                Set<String> objects = new LinkedHashSet<>(List.of(row.required("service_objects").split("\\|")));
                if (!serviceObjects.containsAll(objects)) {
                    throw new CsvTable.BadCell("service_objects must be applicant types of "
                            + org.zwfw.lawbook.vocabulary.Vocabulary.APPLICANT_TYPES + " (" + String.join(", ", serviceObjects)
                            + "), separated by |");
                }
                Integer legal = row.optionalInt("legal_days");
                Integer promised = row.optionalInt("promised_days");
                if (legal != null && promised != null && promised > legal) {
                    throw new CsvTable.BadCell("promised_days " + promised + " exceeds legal_days " + legal);
                }
                matters.put(code, new Matter(j.code(), code, row.required("name"), type, objects, legal, promised,
                        row.yesNo("on_the_spot"), row.yesNo("commitment"), blankToNull(row.text("fee_code")),
                        row.optionalInt("supplement_days"), row.optionalDate("published_from"),
                        row.optionalDate("published_to"), blankToNull(row.text("source"))));
            });
        }
        Map<String, List<CatalogMaterial>> materials = new LinkedHashMap<>();
        Path matf = folder.resolve("materials.csv");
        if (Files.exists(matf)) {
            CsvTable.read(root, matf, problems, List.of("matter_code", "material_code", "name", "form", "copies",
                    "main", "proof", "obtainable_via"), row -> {
                String matter = row.required("matter_code");
                if (!matters.containsKey(matter)) {
                    throw new CsvTable.BadCell("matter " + matter + " is not in matters.csv");
                }
                String code = row.required("material_code");
                List<CatalogMaterial> list = materials.computeIfAbsent(matter, k -> new ArrayList<>());
                if (list.stream().anyMatch(m -> m.code().equals(code))) {
                    throw new CsvTable.BadCell("material " + code + " of " + matter + " listed twice");
                }
                String via = blankToNull(row.text("obtainable_via"));
                if (via != null && !VIA.contains(via)) {
                    throw new CsvTable.BadCell("obtainable_via must be E_LICENSE, DATA_SHARING or empty, not " + via);
                }
                list.add(new CatalogMaterial(matter, code, row.required("name"), row.text("form"),
                        row.optionalInt("copies"), row.yesNo("main"), row.yesNo("proof"), via));
            });
        }
        Map<String, List<ToleranceListing>> tolerance = new LinkedHashMap<>();
        Path tf = folder.resolve("tolerance-list.csv");
        if (Files.exists(tf)) {
            CsvTable.read(root, tf, problems, List.of("matter_code", "material_code", "supplement_days"), row -> {
                String matter = row.required("matter_code");
                String code = row.required("material_code");
                if (materials.getOrDefault(matter, List.of()).stream().noneMatch(m -> m.code().equals(code))) {
                    throw new CsvTable.BadCell("material " + code + " is not a material of " + matter);
                }
                Integer days = row.optionalInt("supplement_days");
                if (days == null) {
                    throw new CsvTable.BadCell("column supplement_days is empty");
                }
                if (tolerance.getOrDefault(matter, List.of()).stream().anyMatch(t -> t.materialCode().equals(code))) {
                    throw new CsvTable.BadCell("material " + code + " of " + matter + " listed twice");
                }
                tolerance.computeIfAbsent(matter, k -> new ArrayList<>())
                        .add(new ToleranceListing(matter, code, days, blankToNull(row.text("source"))));
            });
        }
        Set<String> retained = new LinkedHashSet<>();
        List<RetainedProof> retainedRows = new ArrayList<>();
        Path rf = folder.resolve("retained-proofs.csv");
        if (Files.exists(rf)) {
            CsvTable.read(root, rf, problems, List.of("proof_name"), row -> {
                String name = row.required("proof_name");
                if (!retained.add(name)) {
                    throw new CsvTable.BadCell("proof " + name + " listed twice");
                }
                retainedRows.add(new RetainedProof(name, blankToNull(row.text("basis")),
                        blankToNull(row.text("requesting_unit")), blankToNull(row.text("issuing_unit")),
                        blankToNull(row.text("source"))));
            });
        }
        Map<String, CommitmentListing> commitment = new LinkedHashMap<>();
        Path cf = folder.resolve("commitment-list.csv");
        if (Files.exists(cf)) {
            CsvTable.read(root, cf, problems, List.of("matter_code", "replaces", "conditions", "liability",
                    "verification", "source", "requiring_article", "published_from"), row -> {
                String matter = row.required("matter_code");
                Matter m = matters.get(matter);
                if (m == null) {
                    throw new CsvTable.BadCell("matter " + matter + " is not in matters.csv");
                }
                if (!m.isCommitmentListed()) {
                    throw new CsvTable.BadCell("matter " + matter + " is not marked commitment=Y in matters.csv");
                }
                if (commitment.containsKey(matter)) {
                    throw new CsvTable.BadCell("matter " + matter + " listed twice");
                }
                Set<String> replaces = new LinkedHashSet<>();
                for (String code : row.text("replaces").split("\\|")) {
                    if (code.isBlank()) {
                        continue;
                    }
                    if (materials.getOrDefault(matter, List.of()).stream().noneMatch(x -> x.code().equals(code.trim()))) {
                        throw new CsvTable.BadCell("replaces names " + code.trim() + ", which is not a material of " + matter);
                    }
                    replaces.add(code.trim());
                }
                // The verification duty the case clock supervises: days from the decision, calendar or working as
                // the row says, and the method; a row stating no days states no limit (none is invented).
                Integer days = row.optionalInt("verification_days");
                String kind = blankToNull(row.text("verification_day_kind"));
                if (days != null && days < 1) {
                    throw new CsvTable.BadCell("column verification_days must be at least 1 (leave it empty when the "
                            + "list states no time limit)");
                }
                if (days != null && kind == null) {
                    throw new CsvTable.BadCell("column verification_day_kind is empty: say whether the "
                            + days + " days are CALENDAR or WORKING days");
                }
                if (kind != null && !CommitmentListing.DAY_KINDS.contains(kind)) {
                    throw new CsvTable.BadCell("column verification_day_kind must be CALENDAR or WORKING, not '" + kind + "'");
                }
                if (days == null && kind != null) {
                    throw new CsvTable.BadCell("column verification_day_kind is " + kind
                            + " but verification_days is empty");
                }
                commitment.put(matter, new CommitmentListing(matter, Set.copyOf(replaces), row.required("conditions"),
                        row.required("liability"), row.required("verification"), row.required("source"),
                        row.required("requiring_article"), row.optionalDate("published_from"),
                        new CommitmentListing.Verification(days, kind, blankToNull(row.text("verification_method")))));
            });
            matters.values().stream().filter(Matter::isCommitmentListed)
                    .filter(m -> !commitment.containsKey(m.getCode()))
                    .forEach(m -> problems.add(new Problem(root.relativize(cf).toString(), 0, "matter " + m.getCode()
                            + " is marked commitment=Y in matters.csv but has no row in the 告知承诺事项清单")));
        }
        return new JurisdictionCatalog(matters, materials, tolerance, retained, List.copyOf(retainedRows),
                Map.copyOf(commitment));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
