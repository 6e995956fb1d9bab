package org.zwfw.fees;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.zwfw.catalog.Catalog;
import org.zwfw.kernel.CsvTable;
import org.zwfw.catalog.Jurisdiction;
import org.zwfw.fees.facts.FeeExemption;
import org.zwfw.fees.facts.FeeReduction;
import org.zwfw.fees.facts.FeeStandard;
import org.zwfw.fees.facts.PaymentMethod;
import org.zwfw.lawbook.Instrument;
import org.zwfw.kernel.Problem;
import org.zwfw.engine.TableReader;

/**
 * Reads the fee tables of the rules folder: for each jurisdiction folder {@code fees/fee-standards.csv},
 * {@code fees/fee-exemptions.csv} and {@code fees/fee-reductions.csv}; beside each manifest
 * {@code payment-methods.csv}. Every bad row is reported as {@code file:line: message}, and so is a fee code that a
 * matter of the catalog (column {@code fee_code}), an exemption, a reduction or another fee names but no standard
 * defines.
 */
public class FeeTablesReader implements TableReader<FeeTables> {
    static final String STANDARDS = "fees/fee-standards.csv";
    static final String EXEMPTIONS = "fees/fee-exemptions.csv";
    static final String REDUCTIONS = "fees/fee-reductions.csv";
    static final String PAYMENT_METHODS = "payment-methods.csv";

    @Override
    public Class<FeeTables> type() { return FeeTables.class; }

    /** A fee code named somewhere, to check once every standard is read. */
    private record Reference(String file, long line, String code, String what) {}

    /**
     * The rows of an exemption or reduction table (its own column besides the shared ones): each names the fee it
     * relieves, which must be a fee of the standards.
     */
    private static <T> void reliefRows(Path root, Path file, List<Problem> problems, String ownColumn,
                                       List<Reference> references, List<T> into,
                                       java.util.function.BiFunction<CsvTable.Row, String, T> make) {
        if (!Files.exists(file)) {
            return;
        }
        CsvTable.read(root, file, problems, List.of("fee_code", "condition", "values", ownColumn, "reason", "basis",
                "basis_level"), row -> {
            String fee = row.required("fee_code");
            into.add(make.apply(row, fee));
            references.add(new Reference(row.file(), row.line(), fee, "fee_code"));
        });
    }

    @Override
    public FeeTables read(Path root, Catalog catalog, List<Instrument> instruments, List<Problem> problems) {
        List<FeeStandard> standards = new ArrayList<>();
        List<FeeExemption> exemptions = new ArrayList<>();
        List<FeeReduction> reductions = new ArrayList<>();
        List<PaymentMethod> methods = new ArrayList<>();
        List<Reference> references = new ArrayList<>();
        Map<String, String> definedAt = new HashMap<>();
        Map<String, Set<String>> conditions = conditions(root, problems);

        for (Jurisdiction j : catalog.jurisdictions().values()) {
            Path folder = root.resolve(j.folder());
            Path std = folder.resolve(STANDARDS);
            if (Files.exists(std)) {
                CsvTable.read(root, std, problems, List.of("fee_code", "name", "unit", "amount_yuan", "charged_per",
                        "charged_with", "basis", "basis_level"), row -> {
                    String code = row.required("fee_code");
                    String where = row.file() + ":" + row.line();
                    if (definedAt.containsKey(code)) {
                        throw new CsvTable.BadCell("fee_code " + code + " is already defined at " + definedAt.get(code));
                    }
                    String per = row.required("charged_per");
                    if (!Set.of(FeeStandard.CASE, FeeStandard.CERTIFICATE).contains(per)) {
                        throw new CsvTable.BadCell("column charged_per must be CASE or CERTIFICATE, not '" + per + "'");
                    }
                    Set<String> with = list(row.text("charged_with"));
                    with.forEach(w -> references.add(new Reference(row.file(), row.line(), w, "charged_with")));
                    FeeStandard s = new FeeStandard(j.code(), code, row.required("name"), row.required("unit"),
                            amount(row, "amount_yuan"), per, with, row.required("basis"), level(row));
                    definedAt.put(code, where);
                    standards.add(s);
                });
            }
            reliefRows(root, folder.resolve(EXEMPTIONS), problems, "free_units", references, exemptions, (row, fee) -> {
                String condition = row.required("condition");
                Set<String> values = Set.of();
                int free = 0;
                if (FeeVocabulary.FIRST_UNITS.equals(condition)) {
                    Integer n = row.optionalInt("free_units");
                    if (n == null || n < 1) {
                        throw new CsvTable.BadCell("column free_units must be a whole number of at least 1 for FIRST_UNITS");
                    }
                    free = n;
                } else {
                    values = values(row, condition, conditions);
                }
                return new FeeExemption(fee, condition, values, free, row.required("reason"), row.required("basis"),
                        level(row));
            });
            reliefRows(root, folder.resolve(REDUCTIONS), problems, "payable_share", references, reductions, (row, fee) -> {
                Set<String> values = values(row, row.required("condition"), conditions);
                BigDecimal share = decimal(row, "payable_share");
                if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) >= 0) {
                    throw new CsvTable.BadCell("column payable_share must lie between 0 and 1 (0.5 = 减半), not " + share);
                }
                return new FeeReduction(fee, row.required("condition"), values, share, row.required("reason"),
                        row.required("basis"), level(row));
            });
            Path matters = folder.resolve("catalog/matters.csv");
            if (Files.exists(matters)) {
                // The catalog loader reads the matters; this only collects their fee codes with their lines.
                CsvTable.read(root, matters, new ArrayList<>(), List.of("matter_code", "fee_code"), row -> {
                    String fee = row.text("fee_code");
                    if (!fee.isEmpty()) {
                        references.add(new Reference(row.file(), row.line(), fee, "fee_code"));
                    }
                });
            }
        }
        for (Instrument inst : instruments) {
            Path pm = root.resolve(inst.folder()).resolve(PAYMENT_METHODS);
            if (Files.exists(pm)) {
                CsvTable.read(root, pm, problems, List.of("method", "label"), row -> {
                    String m = row.required("method");
                    if (!m.matches("[A-Z][A-Z_]*")) {
                        throw new CsvTable.BadCell("column method must be a code in capitals such as CASH, not '" + m + "'");
                    }
                    methods.add(new PaymentMethod(inst.id(), inst.title(), (int) row.line(), m, row.required("label")));
                });
            }
        }
        for (Reference r : references) {
            if (!definedAt.containsKey(r.code())) {
                problems.add(new Problem(r.file(), (int) r.line(), "column " + r.what() + " names fee " + r.code()
                        + ", which no fees/fee-standards.csv defines"));
            }
        }
        return new FeeTables(List.copyOf(standards), List.copyOf(exemptions), List.copyOf(reductions),
                List.copyOf(methods), java.util.Collections.unmodifiableMap(conditions));
    }

    private static Set<String> list(String cell) {
        Set<String> out = new LinkedHashSet<>();
        Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).forEach(out::add);
        return Set.copyOf(out);
    }

    /**
     * {@value FeeVocabulary#CONDITIONS_TABLE}: the values of each condition a relief row may turn on. A condition no
     * request field carries could never match, and is refused.
     */
    private static Map<String, Set<String>> conditions(Path root, List<Problem> problems) {
        Map<String, Set<String>> out = new java.util.LinkedHashMap<>();
        Path file = root.resolve(FeeVocabulary.CONDITIONS_TABLE);
        if (!Files.isRegularFile(file)) {
            problems.add(new Problem(FeeVocabulary.CONDITIONS_TABLE, 0, "missing: the rules folder must list the values"
                    + " of each fee condition (columns condition,code,label,meaning)"));
            return out;
        }
        CsvTable.read(root, file, problems, List.of("condition", "code", "label"), row -> {
            String condition = row.required("condition");
            if (!FeeVocabulary.REQUEST_FIELDS.containsKey(condition)) {
                throw new CsvTable.BadCell("column condition: no fee request field carries " + condition + " (one of "
                        + String.join(", ", FeeVocabulary.REQUEST_FIELDS.keySet().stream().sorted().toList()) + ")");
            }
            String code = org.zwfw.lawbook.vocabulary.VocabularyReader.code(row, "COMMODITY");
            row.required("label");
            if (!out.computeIfAbsent(condition, c -> new LinkedHashSet<>()).add(code)) {
                throw new CsvTable.BadCell("code " + code + " of " + condition + " listed twice");
            }
        });
        out.replaceAll((c, codes) -> java.util.Collections.unmodifiableSet(codes));
        return out;
    }

    private static Set<String> values(CsvTable.Row row, String condition, Map<String, Set<String>> conditions) {
        Set<String> allowed = conditions.get(condition);
        if (allowed == null) {
            throw new CsvTable.BadCell("column condition must be one of " + String.join(", ",
                    conditions.keySet().stream().sorted().toList()) + " or " + FeeVocabulary.FIRST_UNITS
                    + ", not '" + condition + "'");
        }
        Set<String> values = list(row.required("values"));
        for (String v : values) {
            if (!allowed.contains(v)) {
                throw new CsvTable.BadCell("column values: '" + v + "' is not a value of " + condition + " ("
                        + String.join("|", allowed.stream().sorted().toList()) + ")");
            }
        }
        return values;
    }

    private static String level(CsvTable.Row row) {
        String level = row.required("basis_level");
        if (!FeeVocabulary.BASIS_LEVELS.contains(level)) {
            throw new CsvTable.BadCell("column basis_level must be one of " + String.join("、", FeeVocabulary.BASIS_LEVELS)
                    + ", not '" + level + "'");
        }
        return level;
    }

    private static BigDecimal amount(CsvTable.Row row, String column) {
        BigDecimal v = decimal(row, column);
        if (v.signum() < 0) {
            throw new CsvTable.BadCell("column " + column + " must not be negative");
        }
        if (v.stripTrailingZeros().scale() > 2) {
            throw new CsvTable.BadCell("column " + column + " has more than 2 decimals (yuan and fen)");
        }
        return v.setScale(2);
    }

    private static BigDecimal decimal(CsvTable.Row row, String column) {
        String v = row.required(column);
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new CsvTable.BadCell("column " + column + " must be a number, not '" + v + "'");
        }
    }
}
