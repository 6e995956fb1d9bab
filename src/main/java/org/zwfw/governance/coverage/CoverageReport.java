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
import org.zwfw.lawbook.Assessments;
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

    /**
     * An interpretation register entry (domain.md §0) with the rules that rely on it, and the articles it reads that
     * no rule cites ({@code explains}: an entry saying why a decision-relevant article is not, or not yet, encoded).
     */
    public record InterpretationRow(String id, List<String> articles, String reading, String why, String decidedBy,
                                    String decidedOn, List<String> rules, List<String> explains) {}

    public record InstrumentRows(String id, String title, String documentNumber, String status, String folder,
                                 List<ArticleRow> articles, List<InterpretationRow> interpretations) {}

    /**
     * The counts of the report. Of the articles: assessed (Y or N) and not; decision-relevant (Y) and not (N). Of the
     * decision-relevant ones: with rules citing them, with passing scenarios, without rules but explained by an
     * interpretation entry naming them, and with neither ({@code relevantUnexplained}, which validate refuses).
     */
    public record Totals(int instruments, int articles, int assessed, int notAssessed, int decisionRelevant,
                         int notRelevant, int relevantWithRules, int relevantWithPassingScenarios,
                         int relevantExplained, int relevantUnexplained, int withRules, int withPassingScenarios,
                         int withFailingScenarios, int relevantWithoutRule, int interpretations,
                         int interpretationsUnused) {
        /** One line for a build log or a README. */
        public String summary() {
            return articles + " articles of " + instruments + " instruments: " + assessed + " assessed ("
                    + decisionRelevant + " Y, " + notRelevant + " N), " + notAssessed + " not assessed; of the Y: "
                    + relevantWithRules + " with rules, " + relevantWithPassingScenarios + " with passing scenarios, "
                    + relevantExplained + " without rules explained by an interpretation entry, "
                    + relevantUnexplained + " with neither; " + interpretations + " interpretation entries ("
                    + interpretationsUnused + " stale)";
        }
    }

    public record Report(String ruleset, Totals totals, List<InstrumentRows> instruments) {}

    /** 第二条 before 第十条: articles by their number, anything else after them as written. */
    static final Comparator<String> ARTICLE_ORDER = Comparator
            .comparingInt((String a) -> a.matches("第[一二三四五六七八九十百零〇]+条")
                    ? NumberChineseFormatter.chineseToNumber(a.substring(1, a.length() - 1)) : Integer.MAX_VALUE)
            .thenComparing(Comparator.naturalOrder());

    private static final java.util.regex.Pattern PART = java.util.regex.Pattern.compile(
            "(第[一二三四五六七八九十百零〇]+条)(?:第([一二三四五六七八九十]+)款)?(?:（([一二三四五六七八九十]+)）)?");
    private static final java.util.function.Function<String, String> PART_OF = a -> {
        java.util.regex.Matcher m = PART.matcher(a);
        return m.matches() ? m.group(1) : a;
    };
    /** 第三十六条（二） before 第三十六条（十）, 第十七条第二款 before 第十七条第二款（一）. */
    private static final Comparator<String> PART_ORDER = Comparator.comparingInt((String a) -> part(a, 2))
            .thenComparingInt(a -> part(a, 3)).thenComparing(Comparator.naturalOrder());

    private static int part(String a, int group) {
        java.util.regex.Matcher m = PART.matcher(a);
        return m.matches() && m.group(group) != null ? NumberChineseFormatter.chineseToNumber(m.group(group)) : 0;
    }

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
            List<String> text = textArticles(folder);
            // A part listed to be assessed apart (第十七条第二款, 第三十六条（一）) follows its article.
            List<String> parts = inst.articles().stream().filter(a -> !text.contains(a) && PART.matcher(a).matches()
                    && text.contains(PART_OF.apply(a))).sorted(PART_ORDER).toList();
            Set<String> articles = new LinkedHashSet<>();
            for (String a : text) {
                articles.add(a);
                parts.stream().filter(p -> PART_OF.apply(p).equals(a)).forEach(articles::add);
            }
            inst.articles().stream().filter(a -> !articles.contains(a)).sorted(ARTICLE_ORDER).forEach(articles::add);
            if (articles.isEmpty() && inst.citedWhole()) {
                articles.add("");
            }
            Map<String, Assessments.Row> relevance = Assessments.read(folder);
            List<ArticleRow> rows = new ArrayList<>();
            for (String a : articles) {
                List<String> rules = citing(rs, inst, a);
                List<ScenarioRef> refs = scenarios.stream().filter(s -> exercises(s, inst, a))
                        .sorted(Comparator.comparing(ScenarioResult::feature).thenComparingInt(ScenarioResult::line))
                        .map(s -> new ScenarioRef(s.feature(), s.line(), s.name(), s.status())).toList();
                int passed = (int) refs.stream().filter(r -> "PASSED".equals(r.status())).count();
                Assessments.Row rel = relevance.get(a);
                Boolean relevant = rel == null || !Set.of("Y", "N").contains(rel.relevant()) ? null : rel.relevantY();
                rows.add(new ArticleRow(a, relevant, rel == null ? "" : rel.note(), rules, refs, passed,
                        refs.size() - passed, explaining(register, inst, a)));
            }
            List<InterpretationRow> entries = register == null ? List.of() : register.of(inst.id()).stream()
                    .map(i -> new InterpretationRow(i.id(), i.articles(), i.reading(), i.why(), i.decidedBy(),
                            i.decidedOn().toString(), List.copyOf(rulesOfEntry.getOrDefault(i.id(), Set.of())),
                            (i.articles().isEmpty() ? List.of("") : i.articles()).stream()
                                    .filter(a -> citing(rs, inst, a).isEmpty()).toList()))
                    .toList();
            out.add(new InstrumentRows(inst.id(), inst.title(), inst.documentNumber(), inst.status().name(),
                    inst.folder(), List.copyOf(rows), entries));
        }
        List<ArticleRow> all = out.stream().flatMap(i -> i.articles().stream()).toList();
        List<ArticleRow> y = all.stream().filter(r -> Boolean.TRUE.equals(r.decisionRelevant())).toList();
        Set<String> stale = register == null ? Set.of() : register.unused().stream()
                .map(org.zwfw.lawbook.Interpretation::id).collect(java.util.stream.Collectors.toSet());
        Totals totals = new Totals(out.size(), all.size(),
                (int) all.stream().filter(r -> r.decisionRelevant() != null).count(),
                (int) all.stream().filter(r -> r.decisionRelevant() == null).count(),
                y.size(),
                (int) all.stream().filter(r -> Boolean.FALSE.equals(r.decisionRelevant())).count(),
                (int) y.stream().filter(r -> !r.rules().isEmpty()).count(),
                (int) y.stream().filter(r -> r.passed() > 0).count(),
                (int) y.stream().filter(r -> r.rules().isEmpty() && !r.interpretations().isEmpty()).count(),
                (int) y.stream().filter(r -> r.rules().isEmpty() && r.interpretations().isEmpty()).count(),
                (int) all.stream().filter(r -> !r.rules().isEmpty()).count(),
                (int) all.stream().filter(r -> r.passed() > 0).count(),
                (int) all.stream().filter(r -> r.failed() > 0).count(),
                (int) y.stream().filter(r -> r.rules().isEmpty()).count(),
                (int) out.stream().mapToLong(i -> i.interpretations().size()).sum(),
                (int) out.stream().flatMap(i -> i.interpretations().stream()).filter(i -> stale.contains(i.id())).count());
        return new Report(rs.version(), totals, List.copyOf(out));
    }

    /** Writes {@code articles.json} and {@code articles.html} into {@code dir}. */
    public static void write(Report report, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("articles.json"), JSON.writeValueAsString(report) + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("articles.html"), html(report), StandardCharsets.UTF_8);
    }

    /** Whether a scenario's tags name the instrument and the article ("" = the instrument cited as a whole). */
    public static boolean exercises(ScenarioResult s, Instrument inst, String article) {
        Set<String> tags = new TreeSet<>(s.tags());
        boolean names = tags.contains("@" + inst.title())
                || inst.documentNumber() != null && tags.contains("@" + inst.documentNumber());
        return names && (article.isEmpty() || tags.contains("@" + article));
    }

    private static List<String> textArticles(Path folder) throws IOException {
        Path text = folder.resolve("text.txt");
        return Files.isRegularFile(text) ? TextArticles.read(text) : List.of();
    }

    /** The rules citing an article of an instrument ("" = the instrument cited as a whole), by id. */
    public static List<String> citing(RuleSet rs, Instrument inst, String article) {
        String clause = article.isEmpty() ? inst.title() : inst.title() + " " + article;
        return rs.rules().stream()
                .filter(r -> r.instrument().equals(inst.id()) && (r.clause().equals(clause)
                        || !article.isEmpty() && Clauses.article(r.clause()).equals(article)))
                .map(RuleInfo::id).sorted().distinct().toList();
    }

    /** The interpretation entries of the instrument's register that name the article, by id. */
    public static List<String> explaining(org.zwfw.lawbook.Interpretations register, Instrument inst, String article) {
        return register == null ? List.of() : register.of(inst.id()).stream()
                .filter(i -> i.articles().contains(article) || article.isEmpty() && i.articles().isEmpty())
                .map(org.zwfw.lawbook.Interpretation::id).toList();
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
                .append("<p>").append(e(t.summary())).append(".</p>\n")
                .append("<table><tr><th>assessed</th><th>Y</th><th>N</th><th>not assessed</th>")
                .append("<th>Y with rules</th><th>Y with passing scenarios</th><th>Y explained by an entry</th>")
                .append("<th>Y with neither</th></tr>\n<tr><td>").append(t.assessed()).append("</td><td>")
                .append(t.decisionRelevant()).append("</td><td>").append(t.notRelevant()).append("</td><td>")
                .append(t.notAssessed()).append("</td><td>").append(t.relevantWithRules()).append("</td><td>")
                .append(t.relevantWithPassingScenarios()).append("</td><td>").append(t.relevantExplained())
                .append("</td><td>").append(t.relevantUnexplained()).append("</td></tr></table>\n");
        for (InstrumentRows i : report.instruments()) {
            h.append("<h2>").append(e(i.title())).append("</h2>\n<p>").append(e(i.documentNumber()))
                    .append(" · ").append(e(i.status())).append(" · rules/").append(e(i.folder())).append("</p>\n")
                    .append("<table><tr><th>条 article</th><th>decision-relevant</th><th>rules</th>")
                    .append("<th>scenarios</th><th>result</th><th>解释条目 entries</th></tr>\n");
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
                        + " not passed</span>" : "")).append("</td><td>");
                if (!a.interpretations().isEmpty()) {
                    h.append(Boolean.TRUE.equals(a.decisionRelevant()) && a.rules().isEmpty() ? "explained by " : "")
                            .append(e(String.join(", ", a.interpretations())));
                }
                h.append("</td></tr>\n");
            }
            h.append("</table>\n");
            if (!i.interpretations().isEmpty()) {
                h.append("<h3>解释条目 Interpretation register</h3>\n<table><tr><th>id</th><th>条 articles</th>")
                        .append("<th>解读 reading</th><th>理由 why</th><th>决定 decided</th><th>rules</th></tr>\n");
                for (InterpretationRow r : i.interpretations()) {
                    h.append("<tr><td>").append(e(r.id())).append("</td><td>").append(e(String.join("、", r.articles())))
                            .append("</td><td>").append(e(r.reading())).append("</td><td>").append(e(r.why()))
                            .append("</td><td>").append(e(r.decidedBy())).append(' ').append(e(r.decidedOn()))
                            .append("</td><td>").append(!r.rules().isEmpty() ? e(String.join(", ", r.rules()))
                                    : !r.explains().isEmpty() ? "explains why " + e(String.join("、", r.explains()))
                                    + " is not encoded" : "<span class=\"FAILED\">no rule</span>").append("</td></tr>\n");
                }
                h.append("</table>\n");
            }
        }
        return h.append("</body></html>\n").toString();
    }
}
