package org.zwfw.governance.coverage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.web.util.HtmlUtils;

import cn.hutool.core.convert.NumberChineseFormatter;
import org.zwfw.lawbook.Clauses;
import org.zwfw.lawbook.Instrument;
import org.zwfw.engine.RuleInfo;
import org.zwfw.engine.RuleSet;
import org.zwfw.lawbook.TextArticles;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which articles of which instruments are encoded and proven: for every article of every instrument (its text's
 * articles in text order, then any listed only in its manifest), whether analysts hold it decision-relevant
 * ({@code articles.csv} beside the manifest: {@code article,decision_relevant,note}, Y / N / empty = not yet
 * assessed), the rules whose {@code @clause} cites it, and the zh-CN scenarios that exercise it with their result.
 *
 * <p>A scenario exercises an article when its tags (its own, its 规则's and its feature's) name the instrument —
 * {@code @<exact title>} or {@code @<document number>} — and the article ({@code @第二十条}, {@code @四（五）}); an
 * instrument cited as a whole (国办发〔2020〕42号) by its title or number alone. Written as
 * {@code articles.json} and {@code articles.html}; the same inputs give the same bytes.
 */
public final class CoverageReport {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public record ScenarioRef(String feature, int line, String name, String status) {}

    public record ArticleRow(String article, Boolean decisionRelevant, String note, List<String> rules,
                             List<ScenarioRef> scenarios, int passed, int failed, List<String> interpretations) {}

    /** An interpretation register entry (domain.md §0) with the rules that rely on it. */
    public record InterpretationRow(String id, List<String> articles, String reading, String why, String decidedBy,
                                    String decidedOn, List<String> rules) {}

    public record InstrumentRows(String id, String title, String documentNumber, String status, String folder,
                                 List<ArticleRow> articles, List<InterpretationRow> interpretations) {}

    public record Totals(int instruments, int articles, int decisionRelevant, int notAssessed, int withRules,
                         int withPassingScenarios, int withFailingScenarios, int relevantWithoutRule,
                         int interpretations, int interpretationsUnused) {}

    public record Report(String ruleset, Totals totals, List<InstrumentRows> instruments) {}

    /** 第二条 before 第十条: articles by their number, anything else after them as written. */
    static final Comparator<String> ARTICLE_ORDER = Comparator
            .comparingInt((String a) -> a.matches("第[一二三四五六七八九十百零〇]+条")
                    ? NumberChineseFormatter.chineseToNumber(a.substring(1, a.length() - 1)) : Integer.MAX_VALUE)
            .thenComparing(Comparator.naturalOrder());

    private CoverageReport() {}

    /** The report of a rule set, its article lists and texts read from the rule set's own copy of the folder. */
    public static Report build(RuleSet rs, List<ScenarioResult> scenarios) throws IOException {
        Path root = rs.root();
        List<InstrumentRows> out = new ArrayList<>();
        org.zwfw.lawbook.Interpretations register = rs.table(org.zwfw.lawbook.Interpretations.class);
        Map<String, Set<String>> rulesOfEntry = new HashMap<>();
        if (rs.kieBase() != null) {
            rs.kieBase().getKiePackages().forEach(pkg -> pkg.getRules().forEach(rule -> {
                Object id = rule.getMetaData().get("ruleId");
                org.zwfw.lawbook.Basis.of(rule).interpretations().forEach(e -> rulesOfEntry
                        .computeIfAbsent(e, k -> new TreeSet<>()).add(id == null ? rule.getName() : id.toString()));
            }));
        }
        List<Instrument> instruments = new ArrayList<>(rs.instruments());
        instruments.sort(Comparator.comparing(Instrument::folder));
        for (Instrument inst : instruments) {
            Path folder = root.resolve(inst.folder());
            Set<String> articles = new LinkedHashSet<>(textArticles(folder));
            inst.articles().stream().filter(a -> !articles.contains(a)).sorted(ARTICLE_ORDER).forEach(articles::add);
            if (articles.isEmpty() && inst.citedWhole()) {
                articles.add("");
            }
            Map<String, String[]> relevance = relevance(folder.resolve("articles.csv"));
            List<ArticleRow> rows = new ArrayList<>();
            for (String a : articles) {
                String clause = a.isEmpty() ? inst.title() : inst.title() + " " + a;
                List<String> rules = rs.rules().stream()
                        .filter(r -> r.instrument().equals(inst.id()) && (r.clause().equals(clause)
                                || !a.isEmpty() && Clauses.article(r.clause()).equals(a)))
                        .map(RuleInfo::id).sorted().distinct().toList();
                List<ScenarioRef> refs = scenarios.stream().filter(s -> exercises(s, inst, a))
                        .sorted(Comparator.comparing(ScenarioResult::feature).thenComparingInt(ScenarioResult::line))
                        .map(s -> new ScenarioRef(s.feature(), s.line(), s.name(), s.status())).toList();
                int passed = (int) refs.stream().filter(r -> "PASSED".equals(r.status())).count();
                String[] rel = relevance.get(a);
                Boolean relevant = rel == null || rel[0].isEmpty() ? null : rel[0].equals("Y");
                List<String> readings = register == null ? List.of() : register.of(inst.id()).stream()
                        .filter(i -> i.articles().contains(a) || a.isEmpty() && i.articles().isEmpty())
                        .map(org.zwfw.lawbook.Interpretation::id).toList();
                rows.add(new ArticleRow(a, relevant, rel == null ? "" : rel[1], rules, refs, passed,
                        refs.size() - passed, readings));
            }
            List<InterpretationRow> entries = register == null ? List.of() : register.of(inst.id()).stream()
                    .map(i -> new InterpretationRow(i.id(), i.articles(), i.reading(), i.why(), i.decidedBy(),
                            i.decidedOn().toString(), List.copyOf(rulesOfEntry.getOrDefault(i.id(), Set.of()))))
                    .toList();
            out.add(new InstrumentRows(inst.id(), inst.title(), inst.documentNumber(), inst.status().name(),
                    inst.folder(), List.copyOf(rows), entries));
        }
        List<ArticleRow> all = out.stream().flatMap(i -> i.articles().stream()).toList();
        Totals totals = new Totals(out.size(), all.size(),
                (int) all.stream().filter(r -> Boolean.TRUE.equals(r.decisionRelevant())).count(),
                (int) all.stream().filter(r -> r.decisionRelevant() == null).count(),
                (int) all.stream().filter(r -> !r.rules().isEmpty()).count(),
                (int) all.stream().filter(r -> r.passed() > 0).count(),
                (int) all.stream().filter(r -> r.failed() > 0).count(),
                (int) all.stream().filter(r -> Boolean.TRUE.equals(r.decisionRelevant()) && r.rules().isEmpty()).count(),
                (int) out.stream().mapToLong(i -> i.interpretations().size()).sum(),
                (int) out.stream().flatMap(i -> i.interpretations().stream()).filter(i -> i.rules().isEmpty()).count());
        return new Report(rs.version(), totals, List.copyOf(out));
    }

    /** Writes {@code articles.json} and {@code articles.html} into {@code dir}. */
    public static void write(Report report, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("articles.json"), JSON.writeValueAsString(report) + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("articles.html"), html(report), StandardCharsets.UTF_8);
    }

    static boolean exercises(ScenarioResult s, Instrument inst, String article) {
        Set<String> tags = new TreeSet<>(s.tags());
        boolean names = tags.contains("@" + inst.title())
                || inst.documentNumber() != null && tags.contains("@" + inst.documentNumber());
        return names && (article.isEmpty() || tags.contains("@" + article));
    }

    private static List<String> textArticles(Path folder) throws IOException {
        Path text = folder.resolve("text.txt");
        return Files.isRegularFile(text) ? TextArticles.read(text) : List.of();
    }

    /**
     * An instrument's {@code articles.csv}: each article's decision_relevant mark (Y, N or empty) and note; empty when
     * the instrument has none.
     */
    public static Map<String, String[]> relevance(Path csv) throws IOException {
        Map<String, String[]> out = new HashMap<>();
        if (!Files.isRegularFile(csv)) {
            return out;
        }
        org.zwfw.kernel.CsvTable.Parsed table = org.zwfw.kernel.CsvTable.parse(csv);
        int article = table.header().indexOf("article");
        int relevant = table.header().indexOf("decision_relevant");
        int note = table.header().indexOf("note");
        if (article < 0 || relevant < 0) {
            throw new IOException(csv.getFileName() + " has no column article or decision_relevant");
        }
        for (org.zwfw.kernel.CsvTable.Parsed.Line row : table.rows()) {
            out.putIfAbsent(row.cell(article), new String[] {row.cell(relevant), row.cell(note)});
        }
        return out;
    }

    private static String e(String s) {
        return HtmlUtils.htmlEscape(s == null ? "" : s, "UTF-8");
    }

    static String html(Report report) {
        StringBuilder h = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="UTF-8"><title>条文覆盖 Article coverage</title>
                <style>body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse;margin-bottom:2em}
                td,th{border:1px solid #bbb;padding:.25em .5em;vertical-align:top;text-align:left}
                .PASSED{color:#060}.FAILED{color:#b00}.none{color:#999}</style></head><body>
                """);
        Totals t = report.totals();
        h.append("<h1>条文覆盖 Article coverage</h1>\n<p>rule set ").append(e(report.ruleset())).append("</p>\n")
                .append("<p>").append(t.instruments()).append(" instruments, ").append(t.articles())
                .append(" articles: ").append(t.decisionRelevant()).append(" decision-relevant, ")
                .append(t.notAssessed()).append(" not yet assessed; ").append(t.withRules())
                .append(" cited by rules; ").append(t.withPassingScenarios()).append(" with passing scenarios, ")
                .append(t.withFailingScenarios()).append(" with failing ones; ").append(t.relevantWithoutRule())
                .append(" decision-relevant without a rule.</p>\n");
        for (InstrumentRows i : report.instruments()) {
            h.append("<h2>").append(e(i.title())).append("</h2>\n<p>").append(e(i.documentNumber()))
                    .append(" · ").append(e(i.status())).append(" · rules/").append(e(i.folder())).append("</p>\n")
                    .append("<table><tr><th>条 article</th><th>decision-relevant</th><th>rules</th>")
                    .append("<th>scenarios</th><th>result</th></tr>\n");
            for (ArticleRow a : i.articles()) {
                h.append("<tr><td>").append(a.article().isEmpty() ? "（全文）" : e(a.article())).append("</td><td>")
                        .append(a.decisionRelevant() == null ? "<span class=\"none\">not assessed</span>"
                                : a.decisionRelevant() ? "Y" : "N");
                if (!a.note().isEmpty()) {
                    h.append(" <small>").append(e(a.note())).append("</small>");
                }
                h.append("</td><td>");
                a.rules().forEach(r -> h.append(e(r)).append("<br>"));
                h.append("</td><td>");
                a.scenarios().forEach(s -> h.append("<span class=\"").append(e(s.status())).append("\">")
                        .append(e(s.feature())).append(':').append(s.line()).append(' ').append(e(s.name()))
                        .append("</span><br>"));
                h.append("</td><td>").append(a.scenarios().isEmpty() ? "<span class=\"none\">—</span>"
                        : a.passed() + " passed" + (a.failed() > 0 ? ", <span class=\"FAILED\">" + a.failed()
                        + " not passed</span>" : "")).append("</td></tr>\n");
            }
            h.append("</table>\n");
            if (!i.interpretations().isEmpty()) {
                h.append("<h3>解释条目 Interpretation register</h3>\n<table><tr><th>id</th><th>条 articles</th>")
                        .append("<th>解读 reading</th><th>理由 why</th><th>决定 decided</th><th>rules</th></tr>\n");
                for (InterpretationRow r : i.interpretations()) {
                    h.append("<tr><td>").append(e(r.id())).append("</td><td>").append(e(String.join("、", r.articles())))
                            .append("</td><td>").append(e(r.reading())).append("</td><td>").append(e(r.why()))
                            .append("</td><td>").append(e(r.decidedBy())).append(' ').append(e(r.decidedOn()))
                            .append("</td><td>").append(r.rules().isEmpty() ? "<span class=\"FAILED\">no rule</span>"
                                    : e(String.join(", ", r.rules()))).append("</td></tr>\n");
                }
                h.append("</table>\n");
            }
        }
        return h.append("</body></html>\n").toString();
    }
}
