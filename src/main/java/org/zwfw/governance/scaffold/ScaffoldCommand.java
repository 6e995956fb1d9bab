package org.zwfw.governance.scaffold;

import org.zwfw.lawbook.CommandOptions;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.zwfw.lawbook.Lawbook;
import org.zwfw.kernel.RuleSetException;

import cn.hutool.core.convert.NumberChineseFormatter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code scaffold --instrument <id> --article 第X条}: starts a new clause where house style puts it — a rule stub
 * (DRL with {@code @ruleId} and {@code @clause}, inert until its conditions are written), a table stub for its
 * numbers and lists, and a feature file under features/ mirroring the instrument's folder — and marks the article
 * decision-relevant in the instrument's articles.csv. Refuses an article that is not in the instrument's text, an
 * unknown instrument, and files that already exist.
 */
@Command(name = "scaffold", mixinStandardHelpOptions = true,
        description = "Create the rule stub, table stub and feature file of a new clause of an instrument.")
public class ScaffoldCommand implements Callable<Integer> {
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final Pattern RULE_ID = Pattern.compile("@ruleId\\(\"([^\".]+)\\.");
    private static final Pattern NUMBERED = Pattern.compile("第([一二三四五六七八九十百零〇]+)条");

    @Option(names = "--instrument", required = true, description = "the instrument's id in its manifest.yaml")
    String instrument;

    @Option(names = "--article", required = true, description = "the article as its text numbers it: 第二十条, 四（五）")
    String article;

    @Option(names = "--name", defaultValue = "待命名", description = "a short name for the feature file (default: ${DEFAULT-VALUE})")
    String name;

    @Option(names = "--family", defaultValue = "acceptance",
            description = "the decision family the rule belongs to: acceptance, services or bundles (一件事一次办) (default: ${DEFAULT-VALUE})")
    String family;

    @Option(names = "--phase", description = "the rule's ruleflow-group (default: service for acceptance, services-place for "
            + "services, bundle-outcome for bundles; bundle-materials, bundle-notice and bundle-service are the bundles' others)")
    String phase;

    /** What a stub of each family imports, its global, the fact it matches and how it gives a reason. */
    record Family(String facts, String globals, String fact, String reason, String defaultPhase, String featureSteps) {}

    static final java.util.Map<String, Family> FAMILIES = java.util.Map.of(
            "acceptance", new Family("org.zwfw.acceptance.facts",
                    "global org.zwfw.acceptance.facts.Decision decision;\nglobal org.zwfw.catalog.WorkingCalendar calendar;\n",
                    "Application()", "decision.because", "service",
                    "申请办理事项 \"…\"\n    #   当 提交受理申请\n    #   那么 受理结论为 \"…\"\n    #   而且 理由引用 "),
            "services", new Family("org.zwfw.services.facts",
                    "global org.zwfw.services.facts.ServicesDecision services;\n",
                    "ServiceQuestion()", "services.because", "services-place",
                    "询问事项 \"…\" 在哪里、怎样办理\n    #   当 询问办理地点和帮办服务\n    #   那么 可以在此申请\n    #   而且 服务理由引用 "),
            "bundles", new Family("org.zwfw.bundles.facts",
                    "global org.zwfw.bundles.facts.BundleDecision bundleDecision;\nglobal org.zwfw.catalog.WorkingCalendar calendar;\n",
                    "BundleApplication()", "bundleDecision.note", "bundle-outcome",
                    "申请一件事 \"…\"\n    #   而且 一件事已提交材料 \"…\"\n    #   当 提交一件事申请\n    #   那么 一件事结论为 \"…\"\n    #   而且 一件事理由引用 "));

    @Mixin
    CommandOptions.RulesFolder rulesFolder;

    @Option(names = "--features", defaultValue = "features", description = "features folder (default: ${DEFAULT-VALUE})")
    Path features;

    private final PrintStream out;
    private final PrintStream err;

    ScaffoldCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static int run(String... args) {
        return run(System.out, System.err, args);
    }

    static int run(PrintStream out, PrintStream err, String... args) {
        return new CommandLine(new ScaffoldCommand(out, err)).execute(args);
    }

    record Manifest(Path folder, String title, String jurisdiction, List<String> articles, Path text) {}

    @Override
    public Integer call() throws IOException {
        Optional<Manifest> found;
        try {
            found = manifest();
        } catch (RuleSetException e) {
            e.getProblems().forEach(err::println);
            return 2;
        }
        if (found.isEmpty()) {
            err.println("no manifest.yaml under " + rulesFolder.rules + " has id " + instrument);
            return 2;
        }
        Manifest m = found.get();
        Family fam = FAMILIES.get(family);
        if (fam == null) {
            err.println("--family must be one of " + String.join(", ", new java.util.TreeSet<>(FAMILIES.keySet()))
                    + ", not " + family);
            return 2;
        }
        if (phase == null) {
            phase = fam.defaultPhase();
        }
        if (!m.articles().contains(article)) {
            err.println(article + " is not an article of " + m.title() + " (" + rulesFolder.rules.relativize(m.folder())
                    + "): it has " + (m.articles().isEmpty() ? "none on file"
                    : m.articles().get(0) + " … " + m.articles().get(m.articles().size() - 1)));
            return 1;
        }
        String folder = rulesFolder.rules.relativize(m.folder()).toString().replace('\\', '/');
        String stem = fileStem(m);
        Path drl = m.folder().resolve(stem + ".drl");
        Path table = m.folder().resolve(stem + ".csv");
        Path feature = features.resolve(folder).resolve(article + "-" + name + ".feature");
        for (Path p : List.of(drl, table, feature)) {
            if (Files.exists(p)) {
                err.println(p + " already exists: nothing written");
                return 1;
            }
        }
        String clause = m.title() + " " + article;
        List<String> quote = quote(m);
        Files.writeString(drl, drl(m, folder, stem, clause, quote, fam), StandardCharsets.UTF_8);
        try (Writer w = Files.newBufferedWriter(table, StandardCharsets.UTF_8);
             CSVPrinter p = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setHeader("name", "value", "article", "note").get().print(w)) {
            p.printRecord("待写", "", article, "本条的数额、期限或名单，每行一项");
        }
        Files.createDirectories(feature.getParent());
        Files.writeString(feature, feature(m, clause, quote, fam), StandardCharsets.UTF_8);
        markRelevant(m.folder().resolve("articles.csv"));
        out.println(drl);
        out.println(table);
        out.println(feature);
        return 0;
    }

    /** The instrument's manifest as the lawbook reads it (its text from the lawbook's copy). */
    private Optional<Manifest> manifest() {
        Lawbook book = Lawbook.read(rulesFolder.rules);
        return book.manifests().stream().filter(m -> instrument.equals(m.id())).findFirst().map(m -> new Manifest(
                rulesFolder.rules.resolve(m.folder()), m.title(), m.jurisdiction(), new ArrayList<>(m.articles()),
                m.textFile() == null ? null : book.root().resolve(m.folder()).resolve(m.textFile())));
    }

    /** article-25 for 第二十五条; section-<n> (its place in the text) for a section path such as 四（五）. */
    private String fileStem(Manifest m) {
        Matcher n = NUMBERED.matcher(article);
        return n.matches() ? "article-" + NumberChineseFormatter.chineseToNumber(n.group(1))
                : "section-" + (m.articles().indexOf(article) + 1);
    }

    /** The article's opening line in the text, where a line starts with it. */
    private List<String> quote(Manifest m) throws IOException {
        if (m.text() == null) {
            return List.of();
        }
        for (String line : Files.readAllLines(m.text(), StandardCharsets.UTF_8)) {
            if (line.strip().startsWith(article)) {
                return List.of(line.strip());
            }
        }
        return List.of();
    }

    private String drl(Manifest m, String folder, String stem, String clause, List<String> quote, Family fam) throws IOException {
        String pkg = null;
        String prefix = instrument;
        try (Stream<Path> s = Files.list(m.folder())) {
            for (Path f : s.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList()) {
                String src = Files.readString(f, StandardCharsets.UTF_8);
                Matcher p = PACKAGE.matcher(src);
                Matcher id = RULE_ID.matcher(src);
                if (pkg == null && p.find()) {
                    pkg = p.group(1);
                }
                if (prefix.equals(instrument) && id.find()) {
                    prefix = id.group(1);
                }
            }
        }
        if (pkg == null) {
            pkg = "rules." + folder.replace('/', '.').replace('-', '_');
        }
        StringBuilder sb = new StringBuilder("package ").append(pkg).append("\n\n");
        sb.append("// ").append(clause).append('\n');
        quote.forEach(q -> sb.append("// ").append(q).append('\n'));
        sb.append("// 待写：在 when 中写出本条的条件（事实见 ").append(fam.facts()).append("），在 then 中写出结果和理由\n")
                .append("// ").append(fam.reason()).append("(drools, \"…\")；数额、期限、名单放在旁边的表中，不写在规则里。写好条件后删去 eval(false)：\n")
                .append("// 在此之前本规则不会触发。\n\n")
                .append("import ").append(fam.facts()).append(".*;\n\n")
                .append(fam.globals()).append('\n');
        sb.append("rule \"").append(clause).append("：待写（以条文用语命名本规则）\"\n")
                .append("    @ruleId(\"").append(prefix).append('.').append(stem).append("\")\n")
                .append("    @clause(\"").append(clause).append("\")\n")
                .append("    // 依据：TEXT（条文原文）、LIST（公布的清单，另加 @publishedList）或 INTERPRETATION（另加 @interpretation）\n")
                .append("    @basis(\"TEXT\")\n")
                .append("    ruleflow-group \"").append(phase).append("\"\n")
                .append("when\n    ").append(fam.fact()).append("\n    eval(false)\nthen\n")
                .append("    ").append(fam.reason()).append("(drools, \"待写\");\nend\n");
        return sb.toString();
    }

    private String feature(Manifest m, String clause, List<String> quote, Family fam) {
        StringBuilder sb = new StringBuilder("# language: zh-CN\n");
        sb.append('@').append(m.title()).append(" @").append(article).append('\n');
        sb.append("功能: ").append(clause).append(' ').append(name).append('\n');
        quote.forEach(q -> sb.append("  ").append(q).append('\n'));
        sb.append("""

                  # 待写：每个规则写一个适用的、一个不适用的和一个边界（施行前一日、期限最后一日）的场景，步骤见
                  # src/test/java/org/zwfw/features。写好之前，覆盖报告（target/coverage/articles.html）中本条没有场景。
                  规则: 待写（以条文用语表述本规则）
                """);
        sb.append("    # 场景: …\n")
                .append("    #   假如 在 \"").append(m.jurisdiction()).append("\" 于 \"YYYY-MM-DD\" ")
                .append(fam.featureSteps()).append("\"").append(clause).append("\"\n");
        return sb.toString();
    }

    /**
     * Sets decision_relevant to Y for the article in articles.csv (adding the row or the file if need be). A row that
     * said otherwise keeps its former assessment in the note, for the analyst to rewrite as the reason it is relevant.
     */
    private void markRelevant(Path csv) throws IOException {
        List<String> header = List.of("article", "decision_relevant", "note");
        List<List<String>> rows = new ArrayList<>();
        if (Files.exists(csv)) {
            try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r);
                header = parser.getHeaderNames();
                for (CSVRecord rec : parser) {
                    rows.add(new ArrayList<>(rec.toList()));
                }
            }
        }
        int a = header.indexOf("article");
        int d = header.indexOf("decision_relevant");
        List<String> row = rows.stream().filter(x -> x.size() > a && x.get(a).equals(article)).findFirst().orElse(null);
        if (row == null) {
            row = new ArrayList<>(java.util.Collections.nCopies(header.size(), ""));
            row.set(a, article);
            rows.add(row);
        }
        int n = header.indexOf("note");
        while (row.size() <= Math.max(d, n)) {
            row.add("");
        }
        if (!"Y".equals(row.get(d).trim()) && n >= 0) {
            String before = row.get(d).isBlank() ? "未评估" : row.get(d).trim() + "，" + row.get(n).trim();
            row.set(n, "待写：本条决定什么（scaffold 标为 Y；原评估：" + before + "）");
        }
        row.set(d, "Y");
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
             CSVPrinter p = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setHeader(header.toArray(String[]::new)).get().print(w)) {
            for (List<String> x : rows) {
                p.printRecord(x);
            }
        }
    }
}
