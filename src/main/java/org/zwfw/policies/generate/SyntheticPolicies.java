package org.zwfw.policies.generate;

import org.zwfw.policies.subject.Subject;

import org.zwfw.kernel.RulesFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Adds synthetic policies to a COPY of a rules folder, for benchmarks: catalog rows (codes SYN-001…, national,
 * data_quality sample, basis "示例数据：合成基准政策…") in policies/policies.csv and one decision table
 * policies/000000-synthetic.drl.csv in the format of 000000-national.drl.csv, over the attributes of the data dictionary
 * with thresholds, FIXED, PERCENTAGE and TEXT benefits, some tiered. Deterministic by seed. Refuses to write into a
 * project's own rules/ folder.
 */
public final class SyntheticPolicies {
    public static final String TABLE = "policies/000000-synthetic.drl.csv";
    public static final String BASIS = "示例数据：合成基准政策（基准测试用，不是真实政策）";

    /** Subject condition columns of the synthetic table (snippet, description). */
    private static final String[][] COLUMNS = {
            {"type == \"$param\"", "主体类型"},
            {"age >= $param", "年龄不低于（岁）"},
            {"age <= $param", "年龄不高于（岁）"},
            {"hukou == \"$param\"", "户籍所在地"},
            {"disabled == $param", "持有残疾人证"},
            {"enterpriseScale == \"$param\"", "企业规模"},
            {"employees <= $param", "从业人数不超过（人）"},
            {"employees > $param", "从业人数超过（人）"},
            {"annualTaxableIncome <= $param", "应纳税所得额不超过（元）"},
            {"annualTaxableIncome > $param", "应纳税所得额超过（元）"},
            {"totalAssets <= $param", "资产总额不超过（元）"},
            {"insuredMonths >= $param", "参保月数不少于"},
            {"layoffRate <= $param", "裁员率不超过"},
            {"seriousDishonesty == $param", "严重失信"}};
    private static final String[] ATTR = {"type", "age", "age", "hukou", "disabled", "enterpriseScale", "employees",
            "employees", "annualTaxableIncome", "annualTaxableIncome", "totalAssets", "insuredMonths", "layoffRate",
            "seriousDishonesty"};
    private static final int TYPE = 0, AGE_MIN = 1, AGE_MAX = 2, HUKOU = 3, DISABLED = 4, SCALE = 5, EMP_MAX = 6,
            EMP_MIN = 7, INCOME_MAX = 8, INCOME_MIN = 9, ASSETS_MAX = 10, INSURED = 11, LAYOFF = 12, DISHONEST = 13;
    private static final String[] SCALES = {"MICRO", "SMALL", "MEDIUM", "LARGE"};
    private static final String[] CLASSES_ENTERPRISE = {"ENTERPRISE", "INVESTMENT", "FINANCE"};

    private SyntheticPolicies() {}

    /** Copies a rules folder (e.g. the project's rules/) into an empty or absent target folder. */
    public static Path copyRules(Path rulesDir, Path target) {
        return RulesFolders.copy(rulesDir, target);
    }

    /** Adds {@code count} synthetic policies to the copy of a rules folder. */
    public static void write(Path rulesCopyDir, int count, long seed) {
        refuseRealRules(rulesCopyDir);
        if (count < 1 || count > 999) {
            throw new IllegalArgumentException("count must be between 1 and 999");
        }
        Path catalog = rulesCopyDir.resolve("policies/policies.csv");
        Path table = rulesCopyDir.resolve(TABLE);
        if (!Files.exists(catalog)) {
            throw new IllegalArgumentException(rulesCopyDir + " has no policies/policies.csv: copy a rules folder first");
        }
        if (Files.exists(table)) {
            throw new IllegalArgumentException(table + " exists already");
        }
        SplittableRandom r = new SplittableRandom(seed);
        List<List<String>> catalogRows = new ArrayList<>();
        List<List<String>> tableRows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            policy(r, String.format("SYN-%03d", i), catalogRows, tableRows);
        }
        try {
            String text = Files.readString(catalog, StandardCharsets.UTF_8);
            try (Writer w = Files.newBufferedWriter(catalog, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                 CSVPrinter p = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get().print(w)) {
                if (!text.isEmpty() && !text.endsWith("\n")) {
                    w.write('\n');
                }
                for (List<String> row : catalogRows) {
                    p.printRecord(row);
                }
            }
            writeTable(table, tableRows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void refuseRealRules(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent != null && Files.exists(parent.resolve("pom.xml")) && abs.getFileName().toString().equals("rules")) {
            throw new IllegalArgumentException("refusing to write synthetic policies into the project's rules folder "
                    + abs + ": pass a copy (copyRules)");
        }
        try {
            Path real = Path.of("rules");
            if (Files.exists(real) && Files.exists(abs) && Files.isSameFile(real, abs)) {
                throw new IllegalArgumentException("refusing to write synthetic policies into " + abs);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void policy(SplittableRandom r, String code, List<List<String>> catalog, List<List<String>> table) {
        boolean person = r.nextInt(100) < 40;
        int tiers = r.nextInt(100) < 30 ? 2 + r.nextInt(2) : 1;
        List<String[]> rows = new ArrayList<>(); // condition cells per tier
        String kind;
        String[] amounts = new String[tiers];
        String[] rates = new String[tiers];
        String unit;
        String base = "";
        String cls;
        String[] common = new String[COLUMNS.length];
        if (person) {
            cls = r.nextInt(4) == 0 ? "TALENT" : "PEOPLE";
            common[TYPE] = "NATURAL_PERSON";
            if (r.nextBoolean()) {
                common[HUKOU] = PopulationGenerator.HUKOU[r.nextInt(PopulationGenerator.HUKOU.length)];
            }
            int shape = r.nextInt(4);
            int from = switch (shape) {
                case 0 -> 60 + 5 * r.nextInt(5);   // elderly
                case 1 -> 16 + r.nextInt(10);      // youth
                case 2 -> 0;                       // children
                default -> 18 + r.nextInt(30);     // adults, often disabled
            };
            int width = shape == 2 ? 3 + r.nextInt(4) : 5 + r.nextInt(15);
            if (shape == 3 || r.nextInt(5) == 0) {
                common[DISABLED] = "true";
            }
            kind = "FIXED";
            unit = r.nextBoolean() ? "元/月" : "元";
            int amount = 50 * (1 + r.nextInt(30));
            for (int t = 0; t < tiers; t++) {
                String[] c = common.clone();
                int lo = from + t * width;
                c[AGE_MIN] = lo == 0 ? null : Integer.toString(lo);
                c[AGE_MAX] = (t == tiers - 1 && shape == 0) ? null : Integer.toString(lo + width - 1);
                rows.add(c);
                amounts[t] = Integer.toString(amount * (t + 1));
            }
        } else {
            cls = CLASSES_ENTERPRISE[r.nextInt(CLASSES_ENTERPRISE.length)];
            common[TYPE] = "LEGAL_PERSON";
            if (r.nextInt(100) < 70) {
                common[DISHONEST] = "false";
            }
            // A scale and one to three further conditions, so an enterprise meets a handful of the policies, not most.
            common[SCALE] = SCALES[r.nextInt(SCALES.length)];
            List<Integer> optional = new ArrayList<>(List.of(ASSETS_MAX, INSURED, LAYOFF, INCOME_MAX));
            for (int n = 1 + r.nextInt(3); n > 0; n--) {
                int col = optional.remove(r.nextInt(optional.size()));
                common[col] = switch (col) {
                    case ASSETS_MAX -> Long.toString(1_000_000L * (1 + r.nextInt(20)));
                    case INSURED -> Integer.toString(12 * (1 + r.nextInt(5)));
                    case LAYOFF -> new String[]{"0.01", "0.03", "0.055"}[r.nextInt(3)];
                    default -> Long.toString(100_000L * (1 + r.nextInt(30)));
                };
            }
            int k = r.nextInt(100);
            kind = k < 50 ? "PERCENTAGE" : k < 80 ? "FIXED" : "TEXT";
            unit = "元";
            if (kind.equals("PERCENTAGE")) {
                base = r.nextBoolean() ? "unemploymentInsurancePaid" : "annualTaxableIncome";
                if (base.equals("annualTaxableIncome")) {
                    common[INCOME_MIN] = "0";
                }
            }
            int[] bounds = {0, 10, 30, 100, 300};
            int start = tiers == 1 ? 0 : r.nextInt(5 - tiers);
            int fixed = 5_000 * (1 + r.nextInt(40));
            int pct = 5 * (1 + r.nextInt(12));
            for (int t = 0; t < tiers; t++) {
                String[] c = common.clone();
                if (tiers > 1) {
                    int lo = bounds[start + t];
                    c[EMP_MIN] = lo == 0 ? null : Integer.toString(lo);
                    c[EMP_MAX] = t == tiers - 1 ? null : Integer.toString(bounds[start + t + 1]);
                } else if (r.nextBoolean()) {
                    c[EMP_MAX] = Integer.toString(bounds[1 + r.nextInt(4)]);
                }
                rows.add(c);
                amounts[t] = kind.equals("FIXED") ? Integer.toString(fixed * (t + 1)) : null;
                rates[t] = kind.equals("PERCENTAGE") ? Double.toString(Math.min(100, pct + 5 * t) / 100.0) : null;
            }
        }
        String name = "合成基准政策 " + code;
        String benefit = switch (kind) {
            case "FIXED" -> "按档次发放固定补贴（合成）";
            case "PERCENTAGE" -> "按" + base + "的比例返还或减免（合成）";
            default -> "享受合成的非金额待遇";
        };
        catalog.add(Arrays.asList(code, "000000", cls, name, conditionText(rows.get(0)), benefit, "2024-01-01", "",
                BASIS, "sample"));
        for (int t = 0; t < rows.size(); t++) {
            String[] c = rows.get(t);
            String tier = tiers == 1 ? "" : "档次" + (t + 1);
            Set<String> attrs = new LinkedHashSet<>();
            for (int col = 1; col < c.length; col++) {
                if (c[col] != null) {
                    attrs.add(ATTR[col]);
                }
            }
            if (!base.isEmpty()) {
                attrs.add(base);
            }
            List<String> row = new ArrayList<>();
            row.add(name + (tier.isEmpty() ? "" : "（" + tier + "）"));
            row.add(code);
            row.add(tier);
            row.add(String.join(",", attrs));
            row.add(kind);
            row.add(amounts[t] == null ? "" : amounts[t]);
            row.add(unit);
            row.add(rates[t] == null ? "" : rates[t]);
            row.add(base);
            row.add(benefit);
            for (String v : c) {
                row.add(v == null ? "" : v);
            }
            row.add("Y");
            table.add(row);
        }
    }

    private static String conditionText(String[] c) {
        List<String> parts = new ArrayList<>();
        for (int col = 1; col < c.length; col++) {
            if (c[col] != null) {
                parts.add(COLUMNS[col][0].replace("\"$param\"", c[col]).replace("$param", c[col]).replace(" ", ""));
            }
        }
        return String.join(" AND ", parts);
    }

    private static void writeTable(Path file, List<List<String>> rows) throws IOException {
        int width = 1 + 9 + 1 + COLUMNS.length + 1;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter p = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get().print(w)) {
            p.printRecord(pad(width, "RuleSet", "rules.policies.synthetic"));
            p.printRecord(pad(width, "Import", "org.zwfw.policies.facts.*"));
            p.printRecord(pad(width, "Variables", "org.zwfw.policies.facts.PolicyMatches matches"));
            p.printRecord(pad(width, "Notes", BASIS + "：每行一条规则，由 SyntheticPolicies 生成；空格表示不限。"));
            p.printRecord(pad(width));
            p.printRecord(pad(width, "RuleTable 合成基准政策"));
            List<String> kinds = new ArrayList<>(List.of("NAME"));
            List<String> objects = new ArrayList<>(List.of(""));
            List<String> snippets = new ArrayList<>(List.of("", "policy(\"$param\")", "tier(\"$param\")",
                    "attributes(\"$param\")", "benefitKind(\"$param\")", "amount($param)", "unit(\"$param\")",
                    "rate($param)", "base(\"$param\")", "benefit(\"$param\")"));
            List<String> labels = new ArrayList<>(List.of("规则名称", "政策编码", "档次", "检验的属性",
                    "收益类型 FIXED/PERCENTAGE/TEXT", "金额", "单位", "比例", "比例的基数（属性）", "收益说明"));
            for (int i = 0; i < 9; i++) {
                kinds.add("METADATA");
                objects.add("");
            }
                for (String[] col : COLUMNS) {
                kinds.add("CONDITION");
                objects.add("$s: Subject...");
                snippets.add(col[0]);
                labels.add(col[1]);
            }
            kinds.add("ACTION");
            objects.add("");
            snippets.add("matches.add(drools, $s);");
            labels.add("记录匹配");
            p.printRecord(kinds);
            p.printRecord(objects);
            p.printRecord(snippets);
            p.printRecord(labels);
            for (List<String> row : rows) {
                p.printRecord(row);
            }
        }
    }

    private static List<String> pad(int width, String... cells) {
        List<String> row = new ArrayList<>(Arrays.asList(cells));
        while (row.size() < width) {
            row.add("");
        }
        return row;
    }
}
