package org.zwfw.policies;

import org.zwfw.policies.subject.Subject;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.zwfw.catalog.Catalog;
import org.zwfw.kernel.CsvTable;
import org.zwfw.policies.facts.PolicyClassList;
import org.zwfw.lawbook.Instrument;
import org.zwfw.kernel.Problem;
import org.zwfw.engine.TableReader;

/**
 * Reads rules/policies/attributes.csv (the data dictionary) and rules/policies/policies.csv (the policy catalog).
 * The conditions themselves are the decision tables beside them ({@code *.drl.csv} / {@code *.drl.xlsx}). Beside a
 * manifest, {@code policy-lists.csv} names the classes of policy list that instrument requires to be published.
 */
public class PolicyTablesReader implements TableReader<PolicyTables> {
    static final Set<String> CLASSES = Set.of("ENTERPRISE", "PEOPLE", "TALENT", "INVESTMENT", "FINANCE");
    static final Set<String> QUALITY = Set.of("real", "sample");
    static final String POLICY_LISTS = "policy-lists.csv";

    @Override
    public Class<PolicyTables> type() { return PolicyTables.class; }

    /** A policy row cites its policy ({@code @policy}), whose basis the matches cite, in place of a clause. */
    @Override
    public java.util.Map<String, Listed> citingMetadata(PolicyTables table) {
        return java.util.Map.of("policy", new Listed(table.policies().keySet(), "policies/policies.csv"));
    }

    /** The Subject fact type, declared from the data dictionary (rules/policies/attributes.csv). */
    @Override
    public void generatedRules(Path root, java.util.function.BiConsumer<String, byte[]> add) {
        SubjectDictionary.declare(root, add);
    }

    @Override
    public boolean followsFromAParseError(String message) {
        return SubjectDictionary.isUndeclaredSubject(message);
    }

    /** The classes the policy rows see: a change to them must not be served from a cached compile. */
    @Override
    public List<Class<?>> factClasses() {
        return List.of(Subject.class, org.zwfw.policies.facts.PolicyMatches.class,
                org.zwfw.policies.facts.PolicyMatches.Row.class, org.zwfw.policies.facts.PolicyMatches.Match.class,
                org.zwfw.policies.facts.PolicyMatches.BenefitKind.class);
    }

    @Override
    public PolicyTables read(Path root, Catalog catalog, List<Instrument> instruments, List<Problem> problems) {
        Path dictionary = root.resolve("policies/attributes.csv");
        Path catalogFile = root.resolve("policies/policies.csv");
        List<PolicyClassList> lists = readLists(root, instruments, problems);
        if (!Files.exists(dictionary) && !Files.exists(catalogFile)) {
            return new PolicyTables(List.of(), Map.of(), lists, SubjectDictionary.empty());
        }
        List<PolicyTables.Attribute> attributes = new ArrayList<>();
        SubjectDictionary subjectDictionary = SubjectDictionary.read(root, problems, (row, a) -> attributes.add(
                new PolicyTables.Attribute(a.name(), row.required("type"), row.text("unit"), row.text("subject_type"),
                        row.required("meaning"))));
        if (!Files.exists(dictionary)) {
            problems.add(new Problem(SubjectDictionary.FILE, 0, "missing: the policies' data dictionary"));
        }
        Map<String, PolicyTables.Policy> policies = new LinkedHashMap<>();
        CsvTable.read(root, catalogFile, problems, List.of("policy_code", "jurisdiction", "class", "name", "conditions",
                "benefit", "from", "to", "basis", "data_quality"), row -> {
            String code = row.required("policy_code");
            if (policies.containsKey(code)) {
                throw new CsvTable.BadCell("policy " + code + " listed twice");
            }
            String jurisdiction = row.required("jurisdiction");
            if (catalog.jurisdiction(jurisdiction).isEmpty()) {
                throw new CsvTable.BadCell("jurisdiction " + jurisdiction + " is not in jurisdictions.csv");
            }
            String cls = row.required("class");
            if (!CLASSES.contains(cls)) {
                throw new CsvTable.BadCell("class must be one of " + CLASSES);
            }
            String quality = row.required("data_quality");
            if (!QUALITY.contains(quality)) {
                throw new CsvTable.BadCell("data_quality must be real or sample");
            }
            String basis = row.required("basis");
            if (quality.equals("sample") && !basis.startsWith("示例数据")) {
                throw new CsvTable.BadCell("a sample policy's basis must say 示例数据 so it is never presented as law");
            }
            var from = row.optionalDate("from");
            var to = row.optionalDate("to");
            if (from != null && to != null && to.isBefore(from)) {
                throw new CsvTable.BadCell("to is before from");
            }
            policies.put(code, new PolicyTables.Policy(code, jurisdiction, cls, row.required("name"),
                    row.text("conditions"), row.required("benefit"), from, to, basis, quality));
        });
        return new PolicyTables(List.copyOf(attributes), Map.copyOf(policies), lists, subjectDictionary);
    }

    private static List<PolicyClassList> readLists(Path root, List<Instrument> instruments, List<Problem> problems) {
        List<PolicyClassList> lists = new ArrayList<>();
        for (Instrument inst : instruments) {
            Path file = root.resolve(inst.folder()).resolve(POLICY_LISTS);
            if (!Files.exists(file)) {
                continue;
            }
            Set<String> seen = new java.util.HashSet<>();
            CsvTable.read(root, file, problems, List.of("class", "label"), row -> {
                String cls = row.required("class");
                if (!CLASSES.contains(cls)) {
                    throw new CsvTable.BadCell("class must be one of the catalog's classes " + CLASSES);
                }
                if (!seen.add(cls)) {
                    throw new CsvTable.BadCell("class " + cls + " listed twice");
                }
                lists.add(new PolicyClassList(inst.id(), inst.title(), (int) row.line(), cls, row.required("label")));
            });
        }
        return List.copyOf(lists);
    }
}
