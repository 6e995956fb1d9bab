package org.zwfw.governance.law;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.zwfw.engine.RuleInfo;
import org.zwfw.engine.RuleSet;
import org.zwfw.lawbook.Clauses;
import org.zwfw.lawbook.Instrument;
import org.zwfw.lawbook.Assessments;
import org.zwfw.lawbook.Interpretation;
import org.zwfw.lawbook.Interpretations;
import org.zwfw.lawbook.Manifest;
import org.zwfw.lawbook.TextArticles;

/**
 * The law beside its rules, read from one rule set (its lawbook copy, never the folder behind it): the instruments,
 * each article's words as the text on file has them, whether analysts marked it decision-relevant, the rules that cite
 * it with their DRL as written, and the interpretation entries that read it. What the workbench and an analyst's
 * {@code GET /api/v1/law/…} show.
 */
public final class LawBrowser {
    public record InstrumentSummary(String id, String title, String documentNumber, String jurisdiction, String status,
                                    LocalDate inForceFrom, LocalDate inForceTo, int articles) {}

    public record ArticleSummary(String article, String decisionRelevant, String note, List<String> rules,
                                 List<String> interpretations) {}

    public record InstrumentView(InstrumentSummary instrument, List<ArticleSummary> articles) {}

    public record RuleView(String id, String name, String clause, String file, int line, String source) {}

    public record EntryView(String id, List<String> articles, String reading, String why, String decidedBy,
                            LocalDate decidedOn, String file, int line) {}

    public record ArticleView(InstrumentSummary instrument, String article, String text, String decisionRelevant,
                              String note, List<RuleView> rules, List<EntryView> interpretations) {}

    private final RuleSet rs;

    public LawBrowser(RuleSet rs) {
        this.rs = rs;
    }

    private static final Assessments.Row UNASSESSED = new Assessments.Row("", "", "", 0, 0);

    public List<InstrumentSummary> instruments() {
        return rs.instruments().stream().map(this::summary).toList();
    }

    public Optional<InstrumentView> instrument(String id) {
        return find(id).map(inst -> {
            Map<String, Assessments.Row> marks = relevance(inst);
            List<ArticleSummary> out = new ArrayList<>();
            for (String article : articleOrder(inst)) {
                Assessments.Row m = marks.getOrDefault(article, UNASSESSED);
                out.add(new ArticleSummary(article, m.relevant(), m.note(),
                        rulesOf(inst, article).stream().map(RuleInfo::id).toList(),
                        entriesOf(inst, article).stream().map(Interpretation::id).toList()));
            }
            return new InstrumentView(summary(inst), out);
        });
    }

    /** An article of an instrument by the instrument's id or exact title; empty when either is unknown. */
    public Optional<ArticleView> article(String instrument, String article) {
        return find(instrument).filter(inst -> inst.articles().contains(article)).map(inst -> {
            Assessments.Row m = relevance(inst).getOrDefault(article, UNASSESSED);
            return new ArticleView(summary(inst), article, bodies(inst).get(article), m.relevant(), m.note(),
                    rulesOf(inst, article).stream().map(this::view).toList(),
                    entriesOf(inst, article).stream().map(e -> new EntryView(e.id(), e.articles(), e.reading(),
                            e.why(), e.decidedBy(), e.decidedOn(), e.file(), e.line())).toList());
        });
    }

    /** The article a citation names ({@code <exact title> <article>}, as every answer's reasons give it). */
    public Optional<ArticleView> cited(String clause) {
        return article(Clauses.title(clause), Clauses.article(clause));
    }

    private Optional<Instrument> find(String idOrTitle) {
        return rs.instruments().stream().filter(i -> i.id().equals(idOrTitle) || i.title().equals(idOrTitle))
                .findFirst();
    }

    private InstrumentSummary summary(Instrument i) {
        return new InstrumentSummary(i.id(), i.title(), i.documentNumber(), i.jurisdiction(), i.status().name(),
                i.inForceFrom(), i.inForceTo(), i.articles().size());
    }

    /** The articles in the text's order, then any the manifest lists that the text does not name. */
    private List<String> articleOrder(Instrument inst) {
        List<String> order = new ArrayList<>(bodies(inst).keySet());
        order.retainAll(inst.articles());
        inst.articles().stream().filter(a -> !order.contains(a)).sorted().forEach(order::add);
        return order;
    }

    private List<RuleInfo> rulesOf(Instrument inst, String article) {
        return rs.rules().stream().filter(r -> r.instrument().equals(inst.id())
                && Clauses.article(r.clause()).equals(article)).toList();
    }

    private List<Interpretation> entriesOf(Instrument inst, String article) {
        return rs.table(Interpretations.class).of(inst.id()).stream().filter(e -> e.articles().contains(article))
                .toList();
    }

    private Map<String, String> bodies(Instrument inst) {
        for (Manifest m : rs.lawbook().manifests()) {
            if (m.folder().equals(inst.folder()) && m.text("text") != null) {
                Path text = rs.root().resolve(m.folder()).resolve(m.text("text"));
                try {
                    return Files.isRegularFile(text)
                            ? TextArticles.bodies(Files.readAllLines(text, StandardCharsets.UTF_8)) : Map.of();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return Map.of();
    }

    /** articles.csv beside the manifest, as the coverage report reads it. */
    private Map<String, Assessments.Row> relevance(Instrument inst) {
        try {
            return Assessments.read(rs.root().resolve(inst.folder()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rule as written: its file, line and DRL from its header to its {@code end}. */
    private RuleView view(RuleInfo r) {
        return new RuleView(r.id(), r.name(), r.clause(), r.file(), r.line(), source(r));
    }

    private String source(RuleInfo r) {
        if (r.file() == null || r.line() < 1) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(rs.root().resolve(r.file()), StandardCharsets.UTF_8);
            StringBuilder sb = new StringBuilder();
            for (int i = r.line() - 1; i < lines.size(); i++) {
                sb.append(lines.get(i)).append('\n');
                if (i > r.line() - 1 && lines.get(i).strip().equals("end")) {
                    break;
                }
            }
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
