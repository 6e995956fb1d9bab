package org.zwfw.governance.whatif;

import java.util.List;
import java.util.Map;

import org.springframework.web.util.HtmlUtils;

/**
 * The what-if report as a page analysts read: both sides, the counts, then every differing case with each changed
 * part, both values and the clauses responsible. Every value is escaped; applicants appear masked (or as the prefix
 * of their keyed hash), never in clear.
 */
public final class WhatIfHtml {
    private WhatIfHtml() {}

    public static String render(WhatIf.Report r) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>What-if ")
                .append(e(r.base().label())).append(" → ").append(e(r.proposal().label())).append("</title>\n<style>")
                .append("body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:.5em 0 1.5em}")
                .append("td,th{border:1px solid #bbb;padding:.25em .5em;text-align:left;vertical-align:top}")
                .append("th{background:#eee}.b{background:#fdecea}.p{background:#e8f5e9}code{font-size:90%}")
                .append("</style></head><body>\n");
        h.append("<h1>What-if: ").append(e(r.base().label())).append(" → ").append(e(r.proposal().label())).append("</h1>\n");
        h.append("<table><tr><th></th><th>rule set version</th><th>instrument in force</th></tr>");
        side(h, "base", r.base());
        side(h, "proposal", r.proposal());
        h.append("</table>\n");

        WhatIf.Summary s = r.summary();
        h.append("<h2>Summary</h2><p>").append(s.cases()).append(" cases, ").append(s.compared()).append(" compared, <strong>")
                .append(s.differing()).append(" differ</strong>, ").append(s.invalid()).append(" invalid.</p>\n");
        h.append("<table><tr><th>outcome</th><th>base</th><th>proposal</th></tr>");
        java.util.Set<String> outcomes = new java.util.TreeSet<>(s.outcomes().get("base").keySet());
        outcomes.addAll(s.outcomes().get("proposal").keySet());
        for (String o : outcomes) {
            h.append("<tr><td>").append(e(o)).append("</td><td>").append(s.outcomes().get("base").getOrDefault(o, 0))
                    .append("</td><td>").append(s.outcomes().get("proposal").getOrDefault(o, 0)).append("</td></tr>");
        }
        h.append("</table>\n");
        counts(h, "outcome (base → proposal)", "differing cases", s.outcomeChanges());
        counts(h, "changed part", "differing cases", s.parts());
        counts(h, "clause responsible", "differing cases", s.clauses());

        h.append("<h2>Differences</h2>\n");
        for (WhatIf.Difference d : r.differences()) {
            h.append("<h3>line ").append(d.line()).append(d.caseLabel() == null ? "" : ": " + e(d.caseLabel())).append("</h3>\n<p>")
                    .append(e(d.kind())).append(" · ").append(e(d.jurisdiction()))
                    .append(d.matterCode() == null ? "" : " · " + e(d.matterCode()))
                    .append(d.asOf() == null ? "" : " · " + e(d.asOf()))
                    .append(d.applicant() == null ? "" : " · applicant " + e(d.applicant()));
            if (d.logged() != null) {
                h.append(" · audit entry ").append(d.logged().auditId()).append(" logged ").append(e(d.logged().outcome()));
            }
            h.append("</p>\n<table><tr><th>part</th><th>base</th><th>proposal</th><th>clauses (base)</th><th>clauses (proposal)</th></tr>");
            for (WhatIf.Change c : d.changes()) {
                h.append("<tr><td>").append(e(c.part())).append("</td><td class=\"b\">").append(e(c.base()))
                        .append("</td><td class=\"p\">").append(e(c.proposal())).append("</td><td>")
                        .append(list(c.baseClauses())).append("</td><td>").append(list(c.proposalClauses()))
                        .append("</td></tr>");
            }
            h.append("</table>\n");
        }
        if (!r.invalid().isEmpty()) {
            h.append("<h2>Invalid cases</h2><table><tr><th>line</th><th>case</th><th>field</th><th>problem</th></tr>");
            for (WhatIf.Invalid i : r.invalid()) {
                i.errors().forEach(p -> h.append("<tr><td>").append(i.line()).append("</td><td>")
                        .append(e(i.caseLabel())).append("</td><td>").append(e(p.field())).append("</td><td>")
                        .append(e(p.message())).append("</td></tr>"));
            }
            h.append("</table>\n");
        }
        return h.append("</body></html>\n").toString();
    }

    private static void side(StringBuilder h, String name, WhatIfSide.Described d) {
        h.append("<tr><th>").append(name).append(": ").append(e(d.label())).append("</th><td><code>").append(e(d.version()))
                .append("</code></td><td>").append(d.instrument() == null ? "as the law stands on each case's date"
                        : e(d.instrumentTitle()) + " (" + e(d.instrument()) + ", " + e(d.instrumentStatus()) + ")")
                .append("</td></tr>");
    }

    private static void counts(StringBuilder h, String what, String unit, Map<String, Integer> m) {
        h.append("<table><tr><th>").append(e(what)).append("</th><th>").append(e(unit)).append("</th></tr>");
        m.forEach((k, v) -> h.append("<tr><td>").append(e(k)).append("</td><td>").append(v).append("</td></tr>"));
        h.append("</table>\n");
    }

    private static String list(List<String> items) {
        return String.join("<br>", items.stream().map(WhatIfHtml::e).toList());
    }

    private static String e(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
