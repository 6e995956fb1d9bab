package org.zwfw.engine;

import org.zwfw.kernel.Problem;
import org.zwfw.kernel.RuleSetException;
import org.zwfw.lawbook.Basis;
import org.zwfw.lawbook.Clauses;
import org.zwfw.lawbook.Instrument;
import org.zwfw.lawbook.Interpretation;
import org.zwfw.lawbook.Interpretations;
import org.zwfw.lawbook.TextArticles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.zwfw.catalog.Parameter;
import org.zwfw.catalog.PriorityGroup;
import org.zwfw.catalog.Catalog;
import org.zwfw.catalog.CatalogLoader;
import org.zwfw.kernel.CsvTable;
import org.zwfw.lawbook.Lawbook;
import org.zwfw.lawbook.Phases;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Builds a {@link RuleSet} from an analysts' rules folder: manifests, catalog tables, calendar and DRL (or
 * {@code *.drl.csv} / {@code *.drl.xlsx} decision tables), compiled with the Kie API at run time. Everything wrong is
 * reported together as {@code file:line: message}; nothing half-built is ever returned.
 */
public final class RuleSetLoader {
    private static final String RESOURCES = "src/main/resources/";
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)");
    private static final Pattern RULE_HEADER = Pattern.compile("^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    /**
     * The analyst table families besides the catalog, each read and checked with the rules: every decision family
     * that has tables registers its reader as a service, so the loader names none of them.
     */
    private static final List<TableReader<?>> TABLE_READERS = java.util.ServiceLoader
            .load(TableReader.class, RuleSetLoader.class.getClassLoader()).stream()
            .<TableReader<?>>map(java.util.ServiceLoader.Provider::get)
            .sorted(java.util.Comparator.comparing(r -> r.type().getName())).toList();

    private RuleSetLoader() {}

    public static RuleSet load(Path dir) {
        return load(Lawbook.read(dir));
    }

    /** Builds the rule set of a folder already read: everything is read from the lawbook's copy, nothing from disk. */
    public static RuleSet load(Lawbook book) {
        return load(book, relative -> true, null);
    }

    /**
     * Only the 免申即享 policy rules (rules/policies/…) compiled, with all tables read and checked: what a
     * population run needs, in a fraction of the build time. The version is still the hash of the whole folder.
     * Compiled with Drools' executable model and kept in {@code cache} (null: the classic compiler, nothing kept):
     * the executable model evaluates the tables' conditions as plain Java, where the classic compiler's MVEL
     * conditions box and parse every numeric literal on every evaluation ({@code new Double("3000000")}).
     */
    public static RuleSet loadPolicies(Path dir, CompiledRuleCache cache) {
        return load(Lawbook.read(dir), relative -> relative.startsWith("policies/"), cache);
    }

    private static RuleSet load(Lawbook book, java.util.function.Predicate<String> compileRuleFile,
                                CompiledRuleCache cache) {
        Path root = book.root();
        String dir = book.origin().toString();
        List<Problem> problems = new ArrayList<>();
        List<Path> files = book.files();
        String version = book.version();

        // The rules compile (or load compiled) on their own thread while this one reads the tables: neither needs
        // the other, and on 2 cores the table reading no longer waits for the compiler (or the compiler for it).
        List<Path> ruleFiles = files.stream().filter(RuleSetLoader::isRuleFile)
                .filter(f -> compileRuleFile.test(Lawbook.rel(root, f))).toList();
        List<Problem> compileProblems = new ArrayList<>();
        java.util.concurrent.CompletableFuture<KieBase> compiled = ruleFiles.isEmpty()
                ? java.util.concurrent.CompletableFuture.completedFuture(null)
                : java.util.concurrent.CompletableFuture.supplyAsync(() -> cache == null
                        ? compile(root, ruleFiles, compileProblems)
                        : compileExecutable(root, ruleFiles, cache, compileProblems), RuleSetLoader::compilerThread);

        org.zwfw.lawbook.vocabulary.Vocabulary vocabulary = org.zwfw.lawbook.vocabulary.VocabularyReader.read(root, problems);
        Catalog catalog = CatalogLoader.load(root, problems, vocabulary.applicantTypeCodes());
        List<Instrument> instruments = new ArrayList<>();
        List<Parameter> parameters = new ArrayList<>();
        List<PriorityGroup> groups = new ArrayList<>();
        Map<String, Interpretation> interpretations = new LinkedHashMap<>();
        for (org.zwfw.lawbook.Manifest manifest : book.manifests()) {
            Instrument inst = readManifest(manifest, catalog, problems);
            if (inst == null) {
                continue;
            }
            if (instruments.stream().anyMatch(i -> i.id().equals(inst.id()) || i.title().equals(inst.title()))) {
                problems.add(new Problem(manifest.file(), 0, "instrument id or title used twice: " + inst.id()));
                continue;
            }
            instruments.add(inst);
            readInstrumentTables(root, root.resolve(manifest.folder()), inst, vocabulary, parameters, groups, interpretations,
                    problems);
        }

        Phases phases = readPhases(root, problems);
        Map<Class<?>, Object> tables = new HashMap<>();
        tables.put(Phases.class, phases);
        Map<String, TableReader.Listed> citing = new HashMap<>();
        tables.put(org.zwfw.lawbook.vocabulary.Vocabulary.class, vocabulary);
        for (TableReader<?> reader : TABLE_READERS) {
            read(reader, root, catalog, List.copyOf(instruments), problems, tables, citing);
        }

        KieBase kieBase = join(compiled);
        problems.addAll(compileProblems);
        if (ruleFiles.isEmpty()) {
            problems.add(new Problem(dir, 0, "no rule files (*.drl, *.drl.csv, *.drl.xlsx, *.drl.xls) found"
                    + " in the rules folder; a rule set without rules cannot decide anything"));
        }
        if (kieBase != null && kieBase.getKiePackages().stream().allMatch(p -> p.getRules().isEmpty())) {
            problems.add(new Problem(dir, 0, "no rule compiled from the " + ruleFiles.size()
                    + " rule file(s) found (" + Lawbook.rel(root, ruleFiles.get(0)) + (ruleFiles.size() > 1 ? ", …" : "")
                    + "); check that each declares its rules and that decision tables have a RuleTable"));
            kieBase = null;
        }
        List<RuleInfo> rules = new ArrayList<>();
        Map<String, String> instrumentOfRule = new HashMap<>();
        if (kieBase != null) {
            Map<String, Problem> where = locateRules(root, ruleFiles);
            Set<String> used = checkClauses(where, kieBase, instruments, citing,
                    interpretations, rules, instrumentOfRule, problems);
            checkPhases(where, kieBase, phases, problems);
            // An entry no rule names is stale unless it reads an article no rule cites: then it is the analysts'
            // explanation of why a decision-relevant article is not (yet) encoded (issue 17), not a forgotten reading.
            Set<String> cited = new java.util.HashSet<>();
            rules.forEach(r -> cited.add(r.instrument() + " " + (r.clause().equals(titleOf(instruments, r.instrument()))
                    ? "" : org.zwfw.lawbook.Clauses.article(r.clause()))));
            tables.put(Interpretations.class, new Interpretations(Map.copyOf(interpretations),
                    interpretations.values().stream().filter(i -> !used.contains(i.id()))
                            .filter(i -> (i.articles().isEmpty() ? List.of("") : i.articles()).stream()
                                    .allMatch(a -> cited.contains(i.instrument() + " " + a)))
                            .toList()));
        } else {
            tables.put(Interpretations.class, new Interpretations(Map.copyOf(interpretations), List.of()));
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return new RuleSet(version, book, kieBase, catalog, List.copyOf(instruments), List.copyOf(rules),
                Map.copyOf(instrumentOfRule), List.copyOf(parameters), List.copyOf(groups), Map.copyOf(tables));
    }

    /**
     * {@code phases.csv}: the phases (ruleflow-groups) of each decision family, in order. A family's phases are data:
     * a new phase is a row here and rules in its group, with no change to the engine.
     */
    private static Phases readPhases(Path root, List<Problem> problems) {
        Path file = root.resolve("phases.csv");
        if (!Files.exists(file)) {
            problems.add(new Problem("phases.csv", 0, "missing: the rules folder must list the phases of each decision"
                    + " family (family,phase,order,meaning)"));
            return new Phases(Map.of());
        }
        record Row(String family, String phase, int order) {}
        List<Row> rows = new ArrayList<>();
        CsvTable.read(root, file, problems, List.of("family", "phase", "order", "meaning"), row -> {
            Integer order = row.optionalInt("order");
            if (order == null || order < 1) {
                throw new CsvTable.BadCell("column order must be a whole number from 1");
            }
            String phase = row.required("phase");
            String family = row.required("family");
            for (Row r : rows) {
                if (r.phase().equals(phase)) {
                    throw new CsvTable.BadCell("phase " + phase + " is already a phase of " + r.family());
                }
                if (r.family().equals(family) && r.order() == order) {
                    throw new CsvTable.BadCell("order " + order + " of " + family + " is already phase " + r.phase());
                }
            }
            rows.add(new Row(family, phase, order));
        });
        Map<String, List<String>> byFamily = new LinkedHashMap<>();
        rows.stream().sorted(java.util.Comparator.comparingInt(Row::order))
                .forEach(r -> byFamily.computeIfAbsent(r.family(), k -> new ArrayList<>()).add(r.phase()));
        byFamily.replaceAll((k, v) -> List.copyOf(v));
        return new Phases(Map.copyOf(byFamily));
    }

    /**
     * Every rule runs in a phase of {@code phases.csv}: a rule in a group no family runs (a mistyped
     * {@code ruleflow-group}) would never fire, and nothing else would say so. A rule with no group runs in MAIN, the
     * phase of the 免申即享 policy rows.
     */
    private static void checkPhases(Map<String, Problem> where, KieBase kieBase, Phases phases,
                                    List<Problem> problems) {
        if (phases.byFamily().isEmpty()) {
            return;
        }
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String group = ((org.drools.base.definitions.rule.impl.RuleImpl) rule).getAgendaGroup();
                if (phases.familyOf(group).isEmpty()) {
                    Problem at = where.getOrDefault(RuleSet.ruleKey(pkg.getName(), rule.getName()),
                            new Problem("rules", 0, ""));
                    problems.add(new Problem(at.file(), at.line(), "rule \"" + rule.getName() + "\" is in phase \""
                            + group + "\", which no family of phases.csv runs, so it would never fire; phases are "
                            + String.join(", ", phases.byFamily().values().stream().flatMap(List::stream).toList())));
                }
            }
        }
    }

    private static <T> void read(TableReader<T> reader, Path root, Catalog catalog, List<Instrument> instruments,
                                 List<Problem> problems, Map<Class<?>, Object> tables,
                                 Map<String, TableReader.Listed> citing) {
        T table = reader.read(root, catalog, instruments, problems);
        tables.put(reader.type(), table);
        citing.putAll(reader.citingMetadata(table));
    }

    /** Runs a compile on a thread of its own (inheriting this thread's context class loader, which Drools uses). */
    private static void compilerThread(Runnable r) {
        Thread t = new Thread(r, "rules-compile");
        t.setDaemon(true);
        t.start();
    }

    /** The compiled rule base; what the compile threw is thrown here, as it would have been without the thread. */
    private static KieBase join(java.util.concurrent.CompletableFuture<KieBase> compiled) {
        try {
            return compiled.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private static boolean isRuleFile(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".drl") || n.endsWith(".drl.csv") || n.endsWith(".drl.xlsx") || n.endsWith(".drl.xls");
    }

    private static Instrument readManifest(org.zwfw.lawbook.Manifest manifest, Catalog catalog,
                                           List<Problem> problems) {
        String name = manifest.file();
        if (manifest.error() != null) {
            problems.add(new Problem(name, 0, manifest.error()));
            return null;
        }
        JsonNode m = manifest.fields();
        int before = problems.size();
        String id = requiredText(m, "id", name, problems);
        String title = requiredText(m, "title", name, problems);
        String jurisdiction = requiredText(m, "jurisdiction", name, problems);
        String statusText = requiredText(m, "status", name, problems);
        Instrument.Status status = null;
        if (statusText != null) {
            try {
                status = Instrument.Status.valueOf(statusText);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(name, 0, "status must be IN_FORCE, TRIAL or DRAFT, not " + statusText));
            }
        }
        LocalDate from = date(m, "inForceFrom", name, problems);
        LocalDate to = date(m, "inForceTo", name, problems);
        if (status != null && status != Instrument.Status.DRAFT && from == null) {
            problems.add(new Problem(name, 0, "inForceFrom is required unless the instrument is a DRAFT"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new Problem(name, 0, "inForceTo " + to + " is before inForceFrom " + from));
        }
        if (jurisdiction != null && catalog.jurisdiction(jurisdiction).isEmpty()) {
            problems.add(new Problem(name, 0, "jurisdiction " + jurisdiction + " is not in jurisdictions.csv"));
        }
        Set<String> articles = new LinkedHashSet<>(manifest.listedArticles());
        if (manifest.textError() != null) {
            problems.add(new Problem(name, 0, manifest.textError()));
        } else if (manifest.textArticles() != null) {
            articles.addAll(manifest.textArticles());
        }
        JsonNode whole = m.get("citedWhole");
        boolean citedWhole = whole != null && whole.asBoolean();
        if (articles.isEmpty() && !citedWhole) {
            problems.add(new Problem(name, 0, "no articles: list them under 'articles' or name the 'text' file"));
        }
        List<String> notes = new ArrayList<>();
        JsonNode n = m.get("notes");
        if (n != null && n.isArray()) {
            n.forEach(x -> notes.add(x.asString()));
        } else if (n != null && !n.isNull()) {
            notes.add(n.asString());
        }
        if (problems.size() > before) {
            return null;
        }
        JsonNode doc = m.get("documentNumber");
        return new Instrument(id, title, doc == null || doc.isNull() ? null : doc.asString(), jurisdiction, from, to,
                status, manifest.folder(), Set.copyOf(articles), citedWhole, List.copyOf(notes));
    }

    private static String requiredText(JsonNode m, String field, String file, List<Problem> problems) {
        JsonNode v = m.get(field);
        if (v == null || v.isNull() || v.asString().isBlank()) {
            problems.add(new Problem(file, 0, "manifest field '" + field + "' is required"));
            return null;
        }
        return v.asString().trim();
    }

    private static LocalDate date(JsonNode m, String field, String file, List<Problem> problems) {
        JsonNode v = m.get(field);
        if (v == null || v.isNull() || v.asString().isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.asString().trim());
        } catch (RuntimeException e) {
            problems.add(new Problem(file, 0, "manifest field '" + field + "' must be a date YYYY-MM-DD"));
            return null;
        }
    }

    private static String titleOf(List<Instrument> instruments, String id) {
        return instruments.stream().filter(i -> i.id().equals(id)).map(Instrument::title).findFirst().orElse("");
    }

    private static void readInstrumentTables(Path root, Path folder, Instrument inst,
                                             org.zwfw.lawbook.vocabulary.Vocabulary vocabulary, List<Parameter> parameters,
                                             List<PriorityGroup> groups, Map<String, Interpretation> interpretations,
                                             List<Problem> problems) {
        Path register = folder.resolve("interpretations.csv");
        if (Files.exists(register)) {
            CsvTable.read(root, register, problems, List.of("id", "articles", "reading", "why", "decided_by",
                    "decided_on"), row -> {
                String id = row.required("id");
                if (interpretations.containsKey(id)) {
                    throw new CsvTable.BadCell("interpretation entry " + id + " is already in "
                            + interpretations.get(id).file() + ":" + interpretations.get(id).line());
                }
                List<String> articles = java.util.Arrays.stream(row.text("articles").split("\\|"))
                        .map(String::trim).filter(a -> !a.isEmpty()).toList();
                if (articles.isEmpty() && !inst.citedWhole()) {
                    throw new CsvTable.BadCell("column articles is empty: name the article(s) of " + inst.title()
                            + " the reading reads, separated by |");
                }
                for (String a : articles) {
                    if (!inst.articles().contains(a)) {
                        throw new CsvTable.BadCell("article " + a + " is not an article of " + inst.title());
                    }
                }
                LocalDate decided = row.optionalDate("decided_on");
                if (decided == null) {
                    throw new CsvTable.BadCell("column decided_on is empty");
                }
                interpretations.put(id, new Interpretation(id, inst.id(), inst.title(), articles,
                        row.required("reading"), row.required("why"), row.required("decided_by"), decided,
                        row.file().replace('\\', '/'), (int) row.line()));
            });
        }
        Path params = folder.resolve("parameters.csv");
        if (Files.exists(params)) {
            CsvTable.read(root, params, problems, List.of("name", "value", "article"), row -> {
                Integer v = row.optionalInt("value");
                if (v == null) {
                    throw new CsvTable.BadCell("column value is empty");
                }
                String article = row.required("article");
                if (!inst.articles().contains(article)) {
                    throw new CsvTable.BadCell("article " + article + " is not an article of " + inst.title());
                }
                parameters.add(new Parameter(inst.id(), row.required("name"), v));
            });
        }
        Path pg = folder.resolve("priority-groups.csv");
        if (Files.exists(pg)) {
            CsvTable.read(root, pg, problems, List.of("group", "label"), row -> {
                String g = row.required("group");
                if (!vocabulary.isGroup(g)) {
                    throw new CsvTable.BadCell("group " + g + " is not a priority group of "
                            + org.zwfw.lawbook.vocabulary.Vocabulary.PRIORITY_GROUPS + " (" + String.join(", ",
                            vocabulary.groupCodes()) + ")");
                }
                groups.add(new PriorityGroup(inst.id(), inst.title(), g, row.required("label")));
            });
        }
    }

    /** The application classes the families' rules see: part of a compiled rule base's cache key. */
    private static final List<Class<?>> FACT_CLASSES = TABLE_READERS.stream()
            .flatMap(r -> r.factClasses().stream()).toList();

    /**
     * The rule files compiled with the executable model, or loaded from {@code cache} when they were compiled before.
     * Falls back to the classic compiler when the default charset is not UTF-8 (stack-notes: the executable model
     * then silently garbles Chinese string literals in conditions) and when the executable model rejects the rules —
     * the classic compiler's problems name the table cell, and rules it accepts still run.
     */
    private static KieBase compileExecutable(Path root, List<Path> ruleFiles, CompiledRuleCache cache,
                                             List<Problem> problems) {
        Sources sources = Sources.of(root, ruleFiles, problems);
        if (sources == null) {
            return null;
        }
        if (!java.nio.charset.Charset.defaultCharset().equals(StandardCharsets.UTF_8)) {
            if (cache.isPinned()) {
                throw new IllegalStateException("compiled rules are shipped to a JVM whose default charset is "
                        + java.nio.charset.Charset.defaultCharset() + ": run it with -Dfile.encoding=UTF-8");
            }
            return compile(root, sources, problems);
        }
        List<String> paths = sources.paths();
        List<byte[]> contents = sources.contents();
        String key = CompiledRuleCache.key(paths, contents, FACT_CLASSES);
        ClassLoader parent = RuleSetLoader.class.getClassLoader();
        KieBase cached = cache.load(key, parent);
        if (cached != null) {
            return cached;
        }
        ExecutableBuild built = buildExecutable(paths, contents);
        if (built == null) {
            return compile(root, sources, problems);
        }
        cache.store(key, built.kjar());
        // Served from the stored entry, so a first run goes the way every later run will; a cache folder that cannot
        // be written to costs the next run its speed, not this run its rules (the build's own rule base serves).
        KieBase stored = cache.load(key, parent);
        return stored != null ? stored : built.kieBase();
    }

    /** An executable-model build: the kjar to keep, and the rule base built from it in memory. */
    private record ExecutableBuild(byte[] kjar, KieBase kieBase) {}

    /** The executable model of these files, or null when the executable model does not build them. */
    private static ExecutableBuild buildExecutable(List<String> paths, List<byte[]> contents) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("org.zwfw.rules", "ruleset-model", "1.0.0-" + System.nanoTime());
        kfs.generateAndWritePomXML(releaseId);
        for (int i = 0; i < paths.size(); i++) {
            kfs.write(RESOURCES + paths.get(i), contents.get(i));
        }
        try {
            KieBuilder builder = ks.newKieBuilder(kfs)
                    .buildAll(org.drools.model.codegen.ExecutableModelProject.class);
            if (builder.getResults().hasMessages(Message.Level.ERROR)) {
                return null;
            }
            byte[] kjar = ((org.drools.compiler.kie.builder.impl.InternalKieModule) builder.getKieModule()).getBytes();
            return new ExecutableBuild(kjar, ks.newKieContainer(releaseId).getKieBase());
        } catch (RuntimeException e) {
            return null;
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    /**
     * The rules to compile: the rule files (path in the folder, bytes) and the rules the families generate from their
     * tables — everything a compiled rule base depends on besides the application's classes.
     */
    private record Sources(List<String> paths, List<byte[]> contents) {
        static Sources of(Path root, List<Path> ruleFiles, List<Problem> problems) {
            List<String> paths = new ArrayList<>();
            List<byte[]> contents = new ArrayList<>();
            try {
                for (Path f : ruleFiles) {
                    paths.add(Lawbook.rel(root, f));
                    contents.add(Files.readAllBytes(f));
                }
            } catch (IOException e) {
                problems.add(new Problem(root.toString(), 0, "cannot read rules: " + e.getMessage()));
                return null;
            }
            for (TableReader<?> reader : TABLE_READERS) {
                reader.generatedRules(root, (path, drl) -> {
                    paths.add(path);
                    contents.add(drl);
                });
            }
            return new Sources(List.copyOf(paths), List.copyOf(contents));
        }
    }

    /**
     * The rule files compiled by Drools' classic compiler — or, when this process compiled exactly the same sources
     * before (a reload that changed only tables, a catalog or a manifest; a test's copy of the sample folder), that
     * rule base again: a {@link KieBase} is immutable once built and every rule set has its own session pool.
     */
    private static KieBase compile(Path root, List<Path> ruleFiles, List<Problem> problems) {
        Sources sources = Sources.of(root, ruleFiles, problems);
        return sources == null ? null : compile(root, sources, problems);
    }

    private static KieBase compile(Path root, Sources sources, List<Problem> problems) {
        String key = CompiledRuleCache.key(sources.paths(), sources.contents(), FACT_CLASSES);
        KieBase known = CompiledBases.get(key);
        if (known != null) {
            return known;
        }
        KieBase built = compileClassic(root, sources, problems);
        if (built != null) {
            CompiledBases.put(key, built);
        }
        return built;
    }

    private static KieBase compileClassic(Path root, Sources sources, List<Problem> problems) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("org.zwfw.rules", "ruleset",
                "1.0.0-" + System.nanoTime());
        kfs.generateAndWritePomXML(releaseId);
        for (int i = 0; i < sources.paths().size(); i++) {
            kfs.write(RESOURCES + sources.paths().get(i), sources.contents().get(i));
        }
        try {
            KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
            List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
            if (!errors.isEmpty()) {
                List<Problem> found = new ArrayList<>();
                for (Message msg : errors) {
                    String path = msg.getPath() == null ? "rules" : msg.getPath().replaceFirst("^" + RESOURCES, "");
                    found.add(tableAware(root, path, Math.max(msg.getLine(), 0), msg.getText().trim()));
                }
                // Drools follows a parse error with "Parser returned a null Package" for the same file: the parse
                // error says more, so a reload and validate both report it once.
                // A parse error anywhere also leaves the fact types a family declares from its tables unbuilt (the
                // Subject of the data dictionary), so every rule using them would add an unresolved type: the parse
                // error is the problem.
                boolean parseError = found.stream().anyMatch(p -> p.message().contains("[ERR "));
                found.stream().filter(p -> !(p.message().equals("Parser returned a null Package")
                        && found.stream().anyMatch(o -> o != p && o.file().equals(p.file()))))
                        .filter(p -> !(parseError && TABLE_READERS.stream()
                                .anyMatch(r -> r.followsFromAParseError(p.message()))))
                        .forEach(problems::add);
                return null;
            }
            KieContainer container = ks.newKieContainer(releaseId);
            return container.getKieBase();
        } catch (RuntimeException e) {
            // A malformed decision table throws instead of reporting a message.
            problems.add(new Problem("rules", 0, "rules do not compile: " + e.getMessage()));
            return null;
        } finally {
            // Without this every rebuild keeps its module in the repository (stack-notes: ~1 MB per build).
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    /**
     * A compile problem as an analyst can find it: in a decision table, the spreadsheet row (as the line) and column
     * instead of the generated DRL's line.
     */
    private static Problem tableAware(Path root, String path, int line, String text) {
        if (org.zwfw.engine.DecisionTableLocations.isTable(path) && Files.isRegularFile(root.resolve(path))) {
            int[] at = org.zwfw.engine.DecisionTableLocations.locate(root.resolve(path), line, text);
            if (at != null) {
                return new Problem(path, at[0], "column " + at[1] + ": " + text.replaceFirst("[Ll]ine \\d+:\\d+\\s*", ""));
            }
        }
        return new Problem(path, line, text);
    }

    /**
     * Every rule must cite, in {@code @clause}, an article that exists in an instrument of a manifest — except the
     * rows of policy decision tables, which name in {@code @policy} a policy of the policy catalog (whose basis the
     * matches cite).
     */
    private static Set<String> checkClauses(Map<String, Problem> where, KieBase kieBase,
                                            List<Instrument> instruments, Map<String, TableReader.Listed> citing,
                                            Map<String, Interpretation> interpretations, List<RuleInfo> rules,
                                            Map<String, String> instrumentOfRule, List<Problem> problems) {
        Set<String> used = new java.util.HashSet<>();
        Map<String, Instrument> byTitle = new LinkedHashMap<>();
        instruments.forEach(i -> byTitle.put(i.title(), i));
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Problem at = where.getOrDefault(RuleSet.ruleKey(pkg.getName(), rule.getName()),
                        new Problem("rules", 0, ""));
                Object clauseMeta = rule.getMetaData().get("clause");
                Object idMeta = rule.getMetaData().get("ruleId");
                String id = idMeta == null ? rule.getName() : idMeta.toString();
                Map.Entry<String, TableReader.Listed> cites = clauseMeta != null ? null : citing.entrySet().stream()
                        .filter(e -> rule.getMetaData().get(e.getKey()) != null).findFirst().orElse(null);
                if (cites != null) {
                    Object named = rule.getMetaData().get(cites.getKey());
                    if (!cites.getValue().values().contains(named.toString())) {
                        problems.add(new Problem(at.file(), at.line(), "rule \"" + rule.getName() + "\" names "
                                + cites.getKey() + " " + named + ", which is not in " + cites.getValue().file()));
                    }
                    continue;
                }
                if (clauseMeta == null || clauseMeta.toString().isBlank()) {
                    problems.add(new Problem(at.file(), at.line(),
                            "rule \"" + rule.getName() + "\" has no @clause naming the article it applies"));
                    continue;
                }
                String clause = clauseMeta.toString().trim();
                Instrument inst = byTitle.get(Clauses.title(clause));
                if (inst == null) {
                    problems.add(new Problem(at.file(), at.line(), "rule \"" + rule.getName() + "\" cites \""
                            + clause + "\": no instrument with the title \"" + Clauses.title(clause)
                            + "\" in any manifest"));
                    continue;
                }
                boolean wholeCitation = clause.equals(inst.title()) && inst.citedWhole();
                if (!wholeCitation && !inst.articles().contains(Clauses.article(clause))) {
                    problems.add(new Problem(at.file(), at.line(), "rule \"" + rule.getName() + "\" cites \""
                            + clause + "\": " + inst.title() + " has no article " + Clauses.article(clause)));
                    continue;
                }
                checkBasis(rule, at, interpretations, used, problems);
                rules.add(new RuleInfo(id, rule.getName(), pkg.getName(), clause, inst.id(),
                        at.line() > 0 ? at.file() : null, at.line()));
                instrumentOfRule.put(RuleSet.ruleKey(pkg.getName(), rule.getName()), inst.id());
            }
        }
        rules.sort((a, b) -> a.id().compareTo(b.id()));
        return used;
    }

    /**
     * domain.md §0: every rule says what its conclusion rests on ({@code @basis}); a reading where the texts are silent
     * names its interpretation entry, and every entry it names exists in a register.
     */
    private static void checkBasis(Rule rule, Problem at, Map<String, Interpretation> interpretations,
                                   Set<String> used, List<Problem> problems) {
        Basis basis = Basis.of(rule);
        if (basis.kind() == null || !Basis.KINDS.contains(basis.kind())) {
            problems.add(new Problem(at.file(), at.line(), "rule \"" + rule.getName() + "\" has "
                    + (basis.kind() == null ? "no @basis" : "@basis(\"" + basis.kind() + "\")")
                    + ": say what its conclusion rests on, @basis(\"TEXT\"), @basis(\"LIST\") or @basis(\"INTERPRETATION\")"));
        }
        if ("INTERPRETATION".equals(basis.kind()) && basis.interpretations().isEmpty()) {
            problems.add(new Problem(at.file(), at.line(), "rule \"" + rule.getName()
                    + "\" rests on an interpretation but names no @interpretation entry"));
        }
        if ("LIST".equals(basis.kind()) && basis.list() == null) {
            problems.add(new Problem(at.file(), at.line(), "rule \"" + rule.getName()
                    + "\" rests on a list but names no @publishedList"));
        }
        for (String id : basis.interpretations()) {
            if (interpretations.containsKey(id)) {
                used.add(id);
            } else {
                problems.add(new Problem(at.file(), at.line(), "rule \"" + rule.getName() + "\" names interpretation entry "
                        + id + ", which is in no interpretations.csv"));
            }
        }
    }

    /** Where each rule (by package and name) starts, so a problem with a compiled rule can point at its file and line. */
    private static Map<String, Problem> locateRules(Path root, List<Path> ruleFiles) {
        Map<String, Problem> where = new HashMap<>();
        for (Path f : ruleFiles) {
            if (!f.getFileName().toString().endsWith(".drl")) {
                continue;
            }
            try {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                String pkg = "";
                for (int i = 0; i < lines.size(); i++) {
                    Matcher p = PACKAGE.matcher(lines.get(i));
                    if (p.find()) {
                        pkg = p.group(1);
                    }
                    Matcher m = RULE_HEADER.matcher(lines.get(i));
                    if (m.find()) {
                        where.putIfAbsent(RuleSet.ruleKey(pkg, m.group(1)), new Problem(Lawbook.rel(root, f), i + 1, ""));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return where;
    }
}
