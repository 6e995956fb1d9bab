package org.zwfw.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.zwfw.catalog.Jurisdiction;
import org.zwfw.lawbook.Instrument;
import org.zwfw.engine.RuleSet;
import org.zwfw.engine.RuleSetHolder;
import org.zwfw.kernel.RulesFolders;
import org.zwfw.kernel.BadRequestException;
import org.zwfw.kernel.FieldProblem;
import org.zwfw.lawbook.vocabulary.Fields;

/** Checks a lint request, lints the published or the uploaded catalog on the rule set in service, shapes the answer. */
@Service
public class CatalogLintService {
    /** Request field → catalog file, in the order of the request's documentation. */
    static final Map<String, String> TABLES = new LinkedHashMap<>();
    static {
        TABLES.put("matters", CatalogLintReader.MATTERS);
        TABLES.put("guide", CatalogLintReader.GUIDE);
        TABLES.put("materials", CatalogLintReader.MATERIALS);
        TABLES.put("toleranceList", CatalogLintReader.TOLERANCE);
        TABLES.put("retainedProofs", CatalogLintReader.RETAINED);
    }

    private final RuleSetHolder rules;
    private final CatalogLinter linter = new CatalogLinter();

    public CatalogLintService(RuleSetHolder rules) {
        this.rules = rules;
    }

    public CatalogLintResponse lint(CatalogLintRequest request) {
        RuleSet rs = rules.current();
        List<FieldProblem> errors = new ArrayList<>();
        BadRequestException.requireBody(request);
        Jurisdiction j = null;
        if (request.jurisdiction() == null || request.jurisdiction().isBlank()) {
            errors.add(new FieldProblem("jurisdiction", "is required"));
        } else {
            j = rs.catalog().jurisdiction(request.jurisdiction()).orElse(null);
            if (j == null) {
                errors.add(new FieldProblem("jurisdiction", "is not a jurisdiction of the rule set (行政区划代码 in "
                        + "jurisdictions.csv)"));
            }
        }
        LocalDate asOf = Fields.date(request.asOf(), "asOf", false, errors);
        if (request.asOf() == null || request.asOf().isBlank()) {
            asOf = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        }
        Map<String, String> upload = request.catalog();
        if (upload != null) {
            upload.keySet().stream().filter(k -> !TABLES.containsKey(k)).forEach(k -> errors.add(new FieldProblem(
                    "catalog." + Fields.safe(k), "is not a catalog table (one of " + String.join(", ", TABLES.keySet()) + ")"
                    + org.zwfw.kernel.FieldSuggestions.didYouMean(k, TABLES.keySet()).replaceFirst("; the fields here are.*", ""))));
            if (upload.get("matters") == null || upload.get("matters").isBlank()) {
                errors.add(new FieldProblem("catalog.matters", "is required when a catalog is uploaded"));
            }
        } else if (j != null && CatalogLinter.publishedCatalog(rs, j) == null) {
            errors.add(new FieldProblem("jurisdiction", j.name() + " publishes no catalog; upload one in catalog"));
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        CatalogLinter.Result r = upload == null ? linter.lint(rs, j, asOf, CatalogLinter.publishedCatalog(rs, j))
                : lintUploaded(rs, j, asOf, upload);
        return new CatalogLintResponse(r.jurisdiction(), r.asOf(), upload == null ? "PUBLISHED" : "UPLOADED",
                r.breaches(), new CatalogLintResponse.Ruleset(r.rulesetVersion(),
                        r.instruments().stream().map(Instrument::title).toList()));
    }

    private CatalogLinter.Result lintUploaded(RuleSet rs, Jurisdiction j, LocalDate asOf, Map<String, String> upload) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("catalog-lint-");
            for (Map.Entry<String, String> t : TABLES.entrySet()) {
                String csv = upload.get(t.getKey());
                if (csv != null) {
                    Files.writeString(dir.resolve(t.getValue()), csv, StandardCharsets.UTF_8);
                }
            }
            CatalogLinter.Result r = linter.lint(rs, j, asOf, dir);
            if (!r.problems().isEmpty()) {
                Map<String, String> fieldOf = new LinkedHashMap<>();
                TABLES.forEach((field, file) -> fieldOf.put(file, field));
                throw new BadRequestException(r.problems().stream().map(p -> new FieldProblem(
                        "catalog." + fieldOf.getOrDefault(p.file(), "matters"),
                        "line " + p.line() + ": " + p.message())).toList());
            }
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) {
                RulesFolders.delete(dir);
            }
        }
    }
}
