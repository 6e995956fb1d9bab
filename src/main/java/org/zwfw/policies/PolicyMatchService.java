package org.zwfw.policies;

import org.zwfw.policies.subject.Subject;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.zwfw.acceptance.AcceptanceResponse;
import org.zwfw.identity.Identifiers;
import org.zwfw.policies.PopulationMatcher;
import org.zwfw.policies.facts.PolicyListing;
import org.zwfw.policies.facts.PolicyMatches;
import org.zwfw.lawbook.Instrument;
import org.zwfw.engine.RuleSet;
import org.zwfw.engine.RuleSetHolder;
import org.zwfw.kernel.BadRequestException;
import org.zwfw.kernel.FieldProblem;
import org.zwfw.lawbook.vocabulary.Fields;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** "What does this subject get without applying?" — one subject against every policy in force. */
@Service
public class PolicyMatchService {
    static final Set<String> SOURCES = Set.of("SHARED", "DECLARED");

    private final RuleSetHolder rules;

    public PolicyMatchService(RuleSetHolder rules) {
        this.rules = rules;
    }

    /** {@code nearMisses}: also say, for each policy in force that did not match, what failed and by how much. */
    public record Request(String jurisdiction, String asOf, SubjectInput subject, Boolean nearMisses) {}

    public record SubjectInput(String type, String id, Map<String, Object> attributes, Map<String, String> sources) {
        /** The id masked and the attributes by name only: frameworks log request bodies at DEBUG. */
        @Override
        public String toString() {
            return "SubjectInput[type=" + type + ", id=" + Identifiers.mask(id) + ", attributes="
                    + (attributes == null ? null : attributes.keySet()) + ", sources=" + sources + "]";
        }
    }

    public record Condition(String attribute, boolean held, Object value, String source) {}

    public record Benefit(Double amount, String unit, String text) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Match(String policy, String name, @JsonProperty("class") String policyClass, String tier, Benefit benefit,
                        List<Condition> conditions, boolean noApplicationNeeded, List<String> toConfirm,
                        String clause, String dataQuality) {}

    public record Ruleset(String version, List<String> jurisdictions) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Response(List<Match> matches, List<NearMisses.NearMiss> nearMisses, Ruleset ruleset) {}

    private record Rows(String version, List<PolicyRows.Row> rows) {}

    /** Version and rows in one reference: a request on one rule set never gets another version's rows. */
    private final java.util.concurrent.atomic.AtomicReference<Rows> rows = new java.util.concurrent.atomic.AtomicReference<>();

    /** The decision-table rows of a rule set, read once per version. */
    private List<PolicyRows.Row> rowsOf(RuleSet rs) {
        Rows cached = rows.get();
        if (cached == null || !cached.version().equals(rs.version())) {
            cached = new Rows(rs.version(), PolicyRows.read(rs.root()));
            rows.set(cached);
        }
        return cached.rows();
    }

    public Response match(Request r) {
        return match(rules.current(), r);
    }

    /** Matches on the given rule set (the one in service, or a what-if side). */
    public Response match(RuleSet rs, Request r) {
        List<FieldProblem> errors = new ArrayList<>();
        BadRequestException.requireBody(r);
        LocalDate asOf = whereAndWhen(rs, r.jurisdiction(), r.asOf(), errors);
        SubjectInput in = r.subject();
        Subject subject = null;
        if (in == null) {
            errors.add(new FieldProblem("subject", "is required"));
        } else {
            org.zwfw.lawbook.vocabulary.Vocabulary vocabulary = rs.table(org.zwfw.lawbook.vocabulary.Vocabulary.class);
            if (!vocabulary.isApplicantType(in.type())) {
                errors.add(new FieldProblem("subject.type", vocabulary.applicantTypeProblem()));
            }
            if (in.id() != null && Fields.typeMismatch(vocabulary, in.type(), in.id()) != null) {
                errors.add(new FieldProblem("subject.id", Fields.typeMismatch(vocabulary, in.type(), in.id())
                        .replace("%s", "subject")));
            } else if (in.id() != null && vocabulary.isApplicantType(in.type())
                    && !Fields.validIdentifier(vocabulary, in.type(), in.id())) {
                errors.add(new FieldProblem("subject.id", "is not a valid 身份证号 / 统一社会信用代码 for this type"));
            }
            Map<String, String> sources = in.sources() == null ? Map.of() : in.sources();
            sources.forEach((k, v) -> {
                // Set.of rejects a null lookup: a JSON null is just another value that is not SHARED or DECLARED.
                if (v == null || !SOURCES.contains(v)) {
                    errors.add(new FieldProblem("subject.sources." + Fields.safe(k), "must be SHARED or DECLARED"));
                }
            });
            subject = SubjectBinder.bindAll(rs.table(PolicyTables.class).dictionary(), new Subject("subject", in.type()),
                    in.attributes() == null ? Map.of() : in.attributes(), "subject.attributes.", errors)
                    .setSources(sources.entrySet().stream().filter(e -> e.getValue() != null)
                            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        PolicyTables tables = rs.table(PolicyTables.class);
        List<PolicyMatches.Match> raw;
        try (PolicyEngine engine = new PolicyEngine(rs, r.jurisdiction(), asOf)) {
            raw = engine.match(List.of(subject));
        }
        List<Match> out = new ArrayList<>();
        for (PolicyMatches.Match m : raw) {
            PolicyTables.Policy p = tables.policies().get(m.policy());
            List<Condition> conditions = new ArrayList<>();
            List<String> toConfirm = new ArrayList<>();
            for (String a : m.attributes()) {
                String source = subject.getSources().getOrDefault(a, "DECLARED");
                conditions.add(new Condition(a, true, subject.get(a), source));
                if (!"SHARED".equals(source)) {
                    toConfirm.add(a);
                }
            }
            out.add(new Match(m.policy(), p.name(), p.policyClass(), m.tier(),
                    new Benefit(m.amount(), m.unit(), m.benefit()), conditions, toConfirm.isEmpty(), toConfirm,
                    p.basis(), p.dataQuality()));
        }
        List<NearMisses.NearMiss> nearMisses = null;
        if (Boolean.TRUE.equals(r.nearMisses())) {
            Set<String> notMatched = new HashSet<>(tables.activeCodes(rs.catalog().chain(r.jurisdiction()), asOf));
            out.forEach(m -> notMatched.remove(m.policy()));
            nearMisses = NearMisses.of(rowsOf(rs), notMatched, subject, tables);
        }
        return new Response(out, nearMisses, new Ruleset(rs.version(), rs.catalog().chain(r.jurisdiction())));
    }

    /** A population run ready to stream: parameters and CSV header checked, the body to read from its first line. */
    public record BatchRun(PopulationMatcher matcher, Reader body) {}

    /** How much of the body the header may take: it is read ahead and the body is then replayed from its start. */
    static final int HEADER_LIMIT = 1 << 20;

    /**
     * A population run on the rule set in service. Everything that would stop the run — jurisdiction, asOf, and the
     * CSV header (key and type columns, every other column in the data dictionary) — is checked here, before any
     * output is streamed, so it can still be answered 400 naming the field; a bad data row later is an error row.
     */
    public BatchRun batch(String jurisdiction, String asOf, InputStream body) throws IOException {
        RuleSet rs = rules.current();
        List<FieldProblem> errors = new ArrayList<>();
        LocalDate date = whereAndWhen(rs, jurisdiction, asOf, errors);
        BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16);
        reader.mark(HEADER_LIMIT);
        PopulationMatcher.checkHeader(reader, rs.table(PolicyTables.class), errors);
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        try {
            reader.reset();
        } catch (IOException e) {
            throw new BadRequestException(List.of(new FieldProblem("header",
                    "is longer than " + HEADER_LIMIT + " characters")));
        }
        return new BatchRun(new PopulationMatcher(rs, jurisdiction, date,
                Runtime.getRuntime().availableProcessors()), reader);
    }

    /** One published list: its class, its name in the instrument's words, the rule and clause requiring it. */
    public record PolicyList(@JsonProperty("class") String policyClass, String label, String rule, String clause,
                             List<PolicyTables.Policy> policies) {}

    public record ListsRuleset(String version, List<String> jurisdictions, List<String> instruments) {}

    public record Lists(String jurisdiction, LocalDate asOf, List<PolicyList> lists,
                        List<AcceptanceResponse.Reason> reasons, ListsRuleset ruleset) {}

    private final PolicyListEngine listEngine = new PolicyListEngine();

    /**
     * The policy lists the law in force in the jurisdiction on the date requires to be published, each with the
     * policies of its class valid there that day (000000 inherited), by code. No instrument requiring lists: none.
     */
    public Lists lists(String jurisdiction, String asOf) {
        RuleSet rs = rules.current();
        List<FieldProblem> errors = new ArrayList<>();
        LocalDate date = whereAndWhen(rs, jurisdiction, asOf, errors);
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        List<String> chain = rs.catalog().chain(jurisdiction);
        List<Instrument> applying = rs.applicable(chain, date);
        PolicyTables tables = rs.table(PolicyTables.class);
        Set<String> active = tables.activeCodes(chain, date);
        List<PolicyList> lists = new ArrayList<>();
        List<AcceptanceResponse.Reason> reasons = new ArrayList<>();
        for (PolicyListing.Published p : listEngine.evaluate(rs, applying).all()) {
            List<PolicyTables.Policy> listed = tables.policies().values().stream()
                    .filter(x -> active.contains(x.code()) && x.policyClass().equals(p.list().policyClass()))
                    .sorted(Comparator.comparing(PolicyTables.Policy::code)).toList();
            lists.add(new PolicyList(p.list().policyClass(), p.list().label(), p.rule(), p.clause(), listed));
            reasons.add(AcceptanceResponse.Reason.of(p.rule(), p.clause(), p.text() + "：" + listed.size() + " 项",
                    p.basis().kind(), null, p.basis().interpretations(), p.basis().discretionary()));
        }
        return new Lists(jurisdiction, date, lists, reasons, new ListsRuleset(rs.version(), chain,
                applying.stream().map(Instrument::title).toList()));
    }

    /** Checks the jurisdiction code and the date (default today in Asia/Shanghai); answers the date. */
    private static LocalDate whereAndWhen(RuleSet rs, String jurisdiction, String asOf, List<FieldProblem> errors) {
        if (jurisdiction == null || rs.catalog().jurisdiction(jurisdiction).isEmpty()) {
            errors.add(new FieldProblem("jurisdiction", "unknown or missing jurisdiction code"));
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        if (asOf == null) {
            return today;
        }
        LocalDate d = Fields.date(asOf, "asOf", true, errors);
        return d == null ? today : d;
    }

    public List<PolicyTables.Attribute> attributes() {
        return rules.current().table(PolicyTables.class).attributes();
    }

    /** The policy catalog, for the record: code, class, where and when, basis. */
    public Map<String, PolicyTables.Policy> policies() {
        return new LinkedHashMap<>(rules.current().table(PolicyTables.class).policies());
    }
}
