package org.zwfw.policies;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.zwfw.identity.Identifiers;
import org.zwfw.policies.facts.PolicyMatches;
import org.zwfw.policies.facts.Subject;
import org.zwfw.ruleset.RuleSet;
import org.zwfw.ruleset.RuleSetHolder;
import org.zwfw.web.BadRequestException;
import org.zwfw.web.FieldProblem;
import org.zwfw.web.Fields;

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

    public record SubjectInput(String type, String id, Map<String, Object> attributes, Map<String, String> sources) {}

    public record Condition(String attribute, boolean held, Object value, String source) {}

    public record Benefit(Double amount, String unit, String text) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Match(String policy, String name, @JsonProperty("class") String policyClass, String tier, Benefit benefit,
                        List<Condition> conditions, boolean noApplicationNeeded, List<String> toConfirm,
                        String clause, String dataQuality) {}

    public record Ruleset(String version, List<String> jurisdictions) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Response(List<Match> matches, List<NearMisses.NearMiss> nearMisses, Ruleset ruleset) {}

    private record Rows(String version, List<org.zwfw.policies.bench.PolicyRows.Row> rows) {}

    /** Version and rows in one reference: a request on one rule set never gets another version's rows. */
    private final java.util.concurrent.atomic.AtomicReference<Rows> rows = new java.util.concurrent.atomic.AtomicReference<>();

    /** The decision-table rows of a rule set, read once per version. */
    private List<org.zwfw.policies.bench.PolicyRows.Row> rowsOf(RuleSet rs) {
        Rows cached = rows.get();
        if (cached == null || !cached.version().equals(rs.version())) {
            cached = new Rows(rs.version(), org.zwfw.policies.bench.PolicyRows.read(java.nio.file.Path.of(rs.source())));
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
        if (r == null) {
            throw new BadRequestException(List.of(new FieldProblem("body", "a JSON request body is required")));
        }
        if (r.jurisdiction() == null || rs.catalog().jurisdiction(r.jurisdiction()).isEmpty()) {
            errors.add(new FieldProblem("jurisdiction", "unknown or missing jurisdiction code"));
        }
        LocalDate asOf = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        if (r.asOf() != null) {
            LocalDate d = Fields.date(r.asOf(), "asOf", true, errors);
            asOf = d == null ? asOf : d;
        }
        SubjectInput in = r.subject();
        Subject subject = null;
        if (in == null) {
            errors.add(new FieldProblem("subject", "is required"));
        } else {
            if (!"NATURAL_PERSON".equals(in.type()) && !"LEGAL_PERSON".equals(in.type())) {
                errors.add(new FieldProblem("subject.type", "must be NATURAL_PERSON or LEGAL_PERSON"));
            }
            if (in.id() != null && !("NATURAL_PERSON".equals(in.type()) ? Identifiers.isValidResidentId(in.id())
                    : Identifiers.isValidCreditCode(in.id()))) {
                errors.add(new FieldProblem("subject.id", "is not a valid 身份证号 / 统一社会信用代码 for this type"));
            }
            Map<String, String> sources = in.sources() == null ? Map.of() : in.sources();
            sources.forEach((k, v) -> {
                if (!SOURCES.contains(v)) {
                    errors.add(new FieldProblem("subject.sources." + k, "must be SHARED or DECLARED"));
                }
            });
            subject = SubjectBinder.bindAll(new Subject("subject", in.type()),
                    in.attributes() == null ? Map.of() : in.attributes(), "subject.attributes.", errors)
                    .setSources(sources);
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
            Set<String> notMatched = new java.util.HashSet<>(tables.activeCodes(rs.catalog().chain(r.jurisdiction()), asOf));
            out.forEach(m -> notMatched.remove(m.policy()));
            nearMisses = NearMisses.of(rowsOf(rs), notMatched, subject, tables);
        }
        return new Response(out, nearMisses, new Ruleset(rs.version(), rs.catalog().chain(r.jurisdiction())));
    }

    /** A population run on the rule set in service (validated before any output is streamed). */
    public org.zwfw.policies.batch.PopulationMatcher batch(String jurisdiction, String asOf) {
        RuleSet rs = rules.current();
        List<FieldProblem> errors = new ArrayList<>();
        if (jurisdiction == null || rs.catalog().jurisdiction(jurisdiction).isEmpty()) {
            errors.add(new FieldProblem("jurisdiction", "unknown or missing jurisdiction code"));
        }
        LocalDate date = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        if (asOf != null) {
            LocalDate d = Fields.date(asOf, "asOf", true, errors);
            date = d == null ? date : d;
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        return new org.zwfw.policies.batch.PopulationMatcher(rs, jurisdiction, date,
                Runtime.getRuntime().availableProcessors());
    }

    public List<PolicyTables.Attribute> attributes() {
        return rules.current().table(PolicyTables.class).attributes();
    }

    /** The policy catalog, for the record: code, class, where and when, basis. */
    public Map<String, PolicyTables.Policy> policies() {
        return new LinkedHashMap<>(rules.current().table(PolicyTables.class).policies());
    }
}
