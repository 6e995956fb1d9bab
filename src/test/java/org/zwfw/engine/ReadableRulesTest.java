package org.zwfw.engine;

import org.zwfw.lawbook.Clauses;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 §4, house style §16: the rules under rules/ read as the law reads. A source scan of every rule file
 * (decision tables as the DRL Drools generates from them):
 * <ul>
 *   <li>no date arithmetic in a condition: the working-day calendar is used only in consequences (a derived fact
 *       such as {@code SupplementWindow} carries the date; the clause's rule compares it);</li>
 *   <li>no instrument id in a condition: a rule names the instrument whose rows it reads by the title its own
 *       {@code @clause} cites, so renaming an id in a manifest needs no DRL edit;</li>
 *   <li>one way to decide an outcome: {@code decision.decide(drools, "X")}, which records the outcome and inserts
 *       the {@code Outcome} fact; never {@code setOutcome} or a hand-made {@code new Outcome(…)}.</li>
 * </ul>
 */
class ReadableRulesTest {

    private static final Path RULES = Path.of("rules");
    private static final Pattern RULE = Pattern.compile(
            "(?s)\\brule\\s+\"([^\"]+)\"(.*?)\\bwhen\\b(.*?)\\bthen\\b(.*?)\\bend\\b");
    private static final Pattern CLAUSE = Pattern.compile("@clause\\(\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern DATE_ARITHMETIC = Pattern.compile(
            "calendar\\s*\\.|addWorkingDays|\\.plus(Days|Weeks|Months|Years)\\s*\\(|\\.minus(Days|Weeks|Months|Years)\\s*\\(");
    private static final Pattern TITLE_IN_CONDITION = Pattern.compile("instrumentTitle\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern DECIDE = Pattern.compile("decision\\s*\\.\\s*decide\\s*\\(([^;]*)\\)\\s*;");
    private static final Pattern DECIDE_SHAPE = Pattern.compile("drools\\s*,\\s*\"[A-Z_]+\"");

    /** One rule as written: its name, file, @clause, conditions and consequence (comments removed). */
    record Source(String file, String name, String clause, String when, String then) {}

    @Test
    void noRuleCountsDatesInItsConditions() throws IOException {
        assertThat(problems(rules(), manifestIds())).filteredOn(p -> p.contains("date arithmetic")).isEmpty();
    }

    @Test
    void noRuleNamesAnInstrumentByItsIdInAConditionAndTitlesAreTheRulesOwn() throws IOException {
        assertThat(problems(rules(), manifestIds()))
                .filteredOn(p -> p.contains("instrument")).isEmpty();
    }

    @Test
    void everyOutcomeIsDecidedOneWay() throws IOException {
        assertThat(problems(rules(), manifestIds())).filteredOn(p -> p.contains("outcome")).isEmpty();
        // Only Decision.decide makes the Outcome fact in the application code as well.
        try (Stream<Path> s = Files.walk(Path.of("src/main/java"))) {
            List<String> makers = s.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> read(p).contains("new Outcome(") || read(p).contains("setOutcome("))
                    .map(p -> p.getFileName().toString()).toList();
            assertThat(makers).containsExactly("Decision.java");
        }
    }

    @Test
    void theScanFindsWhatItForbids() {
        List<Source> bad = parse("bad.drl", """
                rule "counts in a condition"
                    @clause("新乡市政务服务条例 第二十条")
                when
                    Application($d : asOf, $by : supplementBy)
                    eval($by.isAfter(calendar.addWorkingDays($d, 5)))
                then
                    decision.setOutcome("ACCEPT");
                    insert(new Outcome("ACCEPT"));
                end
                rule "an id in a condition"
                    @clause("新乡市政务服务条例 第二十七条")
                when
                    PriorityGroup(instrument == "xinxiang-regulation-2024", $g : group)
                    PaymentMethod(instrumentTitle == "银川市政务服务管理办法")
                then
                    decision.decide(drools, outcomeOf($g));
                end
                """);
        assertThat(problems(bad, List.of("xinxiang-regulation-2024"))).containsExactly(
                "bad.drl: rule \"counts in a condition\": date arithmetic in a condition",
                "bad.drl: rule \"counts in a condition\": outcome set with setOutcome or new Outcome(…); use decision.decide(drools, \"X\")",
                "bad.drl: rule \"an id in a condition\": instrument id \"xinxiang-regulation-2024\" in a condition; name the instrument by its title",
                "bad.drl: rule \"an id in a condition\": instrument \"银川市政务服务管理办法\" in a condition is not the rule's own (@clause 新乡市政务服务条例 第二十七条)",
                "bad.drl: rule \"an id in a condition\": outcome decided as decision.decide(drools, outcomeOf($g)); use decision.decide(drools, \"X\")");
        assertThat(problems(parse("good.drl", """
                rule "reads a derived fact"
                    @clause("银川市政务服务管理办法 第二十五条")
                when
                    PriorityGroup(instrumentTitle == "银川市政务服务管理办法")
                    SupplementWindow(withinLimit == true, $limit : limit)
                then
                    LocalDate listEnd = calendar.addWorkingDays($d, 5);
                    decision.decide(drools, "ACCEPT_WITH_DEFICIENCY");
                end
                """), List.of("yinchuan-measures-2025"))).isEmpty();
    }

    /** Every rule of the folder, decision tables included (as the DRL Drools compiles from them). */
    static List<Source> rules() throws IOException {
        List<Source> all = new ArrayList<>();
        try (Stream<Path> s = Files.walk(RULES)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString();
                String rel = RULES.relativize(f).toString().replace('\\', '/');
                if (name.endsWith(".drl")) {
                    all.addAll(parse(rel, read(f)));
                } else if (name.endsWith(".drl.csv")) {
                    try (InputStream in = Files.newInputStream(f)) {
                        all.addAll(parse(rel, new SpreadsheetCompiler().compile(in, InputType.CSV)));
                    }
                }
            }
        }
        assertThat(all).as("rules found under rules/").hasSizeGreaterThan(50);
        return all;
    }

    static List<String> manifestIds() throws IOException {
        Pattern id = Pattern.compile("(?m)^id:\\s*(\\S+)");
        try (Stream<Path> s = Files.walk(RULES)) {
            return s.filter(p -> p.getFileName().toString().equals("manifest.yaml"))
                    .map(p -> id.matcher(read(p))).filter(Matcher::find).map(m -> m.group(1)).toList();
        }
    }

    static List<Source> parse(String file, String drl) {
        String code = drl.replaceAll("(?m)//.*$", "");
        List<Source> out = new ArrayList<>();
        Matcher m = RULE.matcher(code);
        while (m.find()) {
            Matcher c = CLAUSE.matcher(m.group(2));
            out.add(new Source(file, m.group(1), c.find() ? c.group(1) : null, m.group(3), m.group(4)));
        }
        return out;
    }

    static List<String> problems(List<Source> rules, List<String> instrumentIds) {
        List<String> problems = new ArrayList<>();
        for (Source r : rules) {
            String at = r.file() + ": rule \"" + r.name() + "\": ";
            if (DATE_ARITHMETIC.matcher(r.when()).find()) {
                problems.add(at + "date arithmetic in a condition");
            }
            for (String id : instrumentIds) {
                if (r.when().contains("\"" + id + "\"")) {
                    problems.add(at + "instrument id \"" + id + "\" in a condition; name the instrument by its title");
                }
            }
            Matcher t = TITLE_IN_CONDITION.matcher(r.when());
            while (t.find()) {
                if (r.clause() == null || !Clauses.title(r.clause()).equals(t.group(1))) {
                    problems.add(at + "instrument \"" + t.group(1) + "\" in a condition is not the rule's own (@clause "
                            + r.clause() + ")");
                }
            }
            if (r.then().contains("setOutcome(") || r.then().contains("new Outcome(")) {
                problems.add(at + "outcome set with setOutcome or new Outcome(…); use decision.decide(drools, \"X\")");
            }
            Matcher d = DECIDE.matcher(r.then());
            while (d.find()) {
                if (!DECIDE_SHAPE.matcher(d.group(1)).matches()) {
                    problems.add(at + "outcome decided as decision.decide(" + d.group(1)
                            + "); use decision.decide(drools, \"X\")");
                }
            }
        }
        return problems;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
