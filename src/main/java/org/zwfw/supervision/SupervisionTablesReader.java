package org.zwfw.supervision;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.zwfw.catalog.Catalog;
import org.zwfw.engine.TableReader;
import org.zwfw.kernel.CsvTable;
import org.zwfw.kernel.Problem;
import org.zwfw.lawbook.Instrument;
import org.zwfw.supervision.facts.Clock;
import org.zwfw.supervision.facts.ClockDecision;
import org.zwfw.supervision.facts.ClockMove;
import org.zwfw.supervision.facts.Reasoned;
import org.zwfw.supervision.facts.Review;
import org.zwfw.supervision.facts.ReviewDecision;
import org.zwfw.supervision.facts.ReviewStanding;
import org.zwfw.supervision.facts.ProcedureListing;
import org.zwfw.supervision.facts.UnifiedHandling;
import org.zwfw.supervision.facts.WarningPeriod;

/**
 * Reads {@code warning-periods.csv} beside an instrument's manifest (西安市政务服务标准化管理办法（试行） 第三十三条: the
 * electronic supervision reminds and warns before a deadline; how long before is the agency's setting): columns
 * {@code working_days} (a whole number ≥ 1), {@code article} (the article requiring the warning, which the instrument
 * must have), {@code source}. One row per instrument. Beside each jurisdiction's catalog,
 * {@code catalog/special-procedures.csv}: the published list of special procedures (新乡 第十八条第二款) with their own
 * time limits and whether their days count toward the matter's limits. A bad row is a {@code file:line: message}
 * problem.
 */
public class SupervisionTablesReader implements TableReader<SupervisionTables> {
    static final String WARNING_PERIODS = "warning-periods.csv";
    /** Beside each jurisdiction's catalog: its published list of special procedures (新乡 第十八条第二款). */
    static final String PROCEDURES = "catalog/special-procedures.csv";
    /** Beside each jurisdiction's catalog: its licence matters handled jointly (行政许可法 第四十二条第二款). */
    static final String UNIFIED = "catalog/unified-handling.csv";
    static final java.util.Set<String> MODES = java.util.Set.of("UNIFIED", "JOINT", "CONCENTRATED");

    @Override
    public Class<SupervisionTables> type() { return SupervisionTables.class; }

    @Override
    public List<Class<?>> factClasses() {
        return List.of(Clock.class, ClockMove.class, ClockDecision.class, Reasoned.class, Reasoned.Reason.class,
                Review.class, ReviewStanding.class, ReviewDecision.class, WarningPeriod.class,
                org.zwfw.supervision.facts.ProcedureListing.class, UnifiedHandling.class);
    }

    private static boolean countsTowardLimit(CsvTable.Row row) {
        row.required("counts_toward_limit");
        return row.yesNo("counts_toward_limit");
    }

    @Override
    public SupervisionTables read(Path root, Catalog catalog, List<Instrument> instruments, List<Problem> problems) {
        List<WarningPeriod> periods = new ArrayList<>();
        for (Instrument inst : instruments) {
            Path file = root.resolve(inst.folder()).resolve(WARNING_PERIODS);
            if (!Files.exists(file)) {
                continue;
            }
            List<WarningPeriod> ofThis = new ArrayList<>();
            CsvTable.read(root, file, problems, List.of("working_days", "article", "source"), row -> {
                Integer days = row.optionalInt("working_days");
                if (days == null || days < 1) {
                    throw new CsvTable.BadCell("column working_days must be a whole number of at least 1");
                }
                String article = row.required("article");
                if (!inst.articles().contains(article)) {
                    throw new CsvTable.BadCell("column article: " + inst.title() + " has no article " + article);
                }
                if (!ofThis.isEmpty()) {
                    throw new CsvTable.BadCell("a second warning period for " + inst.title()
                            + " (one row per instrument)");
                }
                ofThis.add(new WarningPeriod(inst.id(), days, article, row.required("source"), row.file(), row.line()));
            });
            periods.addAll(ofThis);
        }
        List<ProcedureListing> procedures = new ArrayList<>();
        for (org.zwfw.catalog.Jurisdiction j : catalog.jurisdictions().values()) {
            Path file = root.resolve(j.folder()).resolve(PROCEDURES);
            if (!Files.exists(file)) {
                continue;
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            CsvTable.read(root, file, problems, List.of("matter_code", "kind", "name", "working_days",
                    "counts_toward_limit", "article", "source", "published_from"), row -> {
                String matter = row.required("matter_code");
                if (!catalog.of(j.code()).matters().containsKey(matter)) {
                    throw new CsvTable.BadCell("column matter_code: " + matter + " is not a matter of " + j.code());
                }
                String kind = row.required("kind");
                if (!kind.matches("[A-Z][A-Z_]*")) {
                    throw new CsvTable.BadCell("column kind must be a code in capitals such as ON_SITE_INSPECTION, not '"
                            + kind + "'");
                }
                if (!seen.add(matter + "/" + kind)) {
                    throw new CsvTable.BadCell("matter " + matter + " already lists a procedure " + kind);
                }
                Integer days = row.optionalInt("working_days");
                if (days == null || days < 1) {
                    throw new CsvTable.BadCell("column working_days must be a whole number of at least 1");
                }
                String article = row.required("article");
                boolean requiredBy = instruments.stream().anyMatch(i -> i.jurisdiction().equals(j.code())
                        && i.articles().contains(article));
                if (!requiredBy) {
                    throw new CsvTable.BadCell("column article: no instrument of " + j.code() + " has article " + article);
                }
                java.time.LocalDate from = row.optionalDate("published_from");
                if (from == null) {
                    throw new CsvTable.BadCell("column published_from is required");
                }
                procedures.add(new ProcedureListing(j.code(), matter, kind, row.required("name"), days,
                        countsTowardLimit(row), article, row.required("source"), from, row.file(), row.line()));
            });
        }
        return new SupervisionTables(List.copyOf(periods), List.copyOf(procedures), unifiedHandling(root, catalog,
                problems));
    }

    /**
     * {@code catalog/unified-handling.csv}: the licence matters a jurisdiction handles by 统一办理, 联合办理 or 集中办理
     * (行政许可法 第四十二条第二款). Each must be a 行政许可 of the catalog that records its 法定办结时限 ({@code legal_days}):
     * the acceptance fixes the legal date from it, the law's forty-five days being only the ceiling.
     */
    private static List<UnifiedHandling> unifiedHandling(Path root, Catalog catalog, List<Problem> problems) {
        List<UnifiedHandling> out = new ArrayList<>();
        for (org.zwfw.catalog.Jurisdiction j : catalog.jurisdictions().values()) {
            Path file = root.resolve(j.folder()).resolve(UNIFIED);
            if (!Files.exists(file)) {
                continue;
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            CsvTable.read(root, file, problems, List.of("matter_code", "mode", "source", "published_from"), row -> {
                String code = row.required("matter_code");
                org.zwfw.catalog.Matter m = catalog.of(j.code()).matters().get(code);
                if (m == null) {
                    throw new CsvTable.BadCell("column matter_code: " + code + " is not a matter of " + j.code());
                }
                if (!m.isLicence()) {
                    throw new CsvTable.BadCell("column matter_code: " + code + " is a " + m.getType()
                            + "; 第四十二条第二款 governs 行政许可 only");
                }
                if (m.getLegalDays() == null) {
                    throw new CsvTable.BadCell("matter " + code + " records no legal_days in the catalog: a matter "
                            + "handled jointly needs its 法定办结时限 (at most forty-five working days)");
                }
                String mode = row.required("mode");
                if (!MODES.contains(mode)) {
                    throw new CsvTable.BadCell("column mode must be UNIFIED, JOINT or CONCENTRATED, not '" + mode + "'");
                }
                if (!seen.add(code)) {
                    throw new CsvTable.BadCell("matter " + code + " is listed twice");
                }
                java.time.LocalDate from = row.optionalDate("published_from");
                if (from == null) {
                    throw new CsvTable.BadCell("column published_from is required");
                }
                out.add(new UnifiedHandling(j.code(), code, mode, row.required("source"), from, row.file(), row.line()));
            });
        }
        return List.copyOf(out);
    }
}
