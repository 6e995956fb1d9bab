package org.zwfw.platform.api;

import org.zwfw.governance.validate.RuleSetValidator;
import org.zwfw.governance.validate.ValidationReport;
import org.zwfw.governance.validate.ZipUpload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zwfw.kernel.RulesFolders;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Validates an uploaded rules folder (a zip of it) as {@code validate} does, without loading it into service: the
 * rule set serving requests is not touched. Answers 200 with the problems, whether there are any or not; an upload
 * that is not a usable zip is a 400.
 */
@RestController
@RequestMapping("/api/v1/ruleset")
@Tag(name = "Rules", description = "The rule set in service and its reload")
public class ValidateController {
    static final String SUMMARY = "Validate an uploaded rules folder (zip) without loading it";
    static final String DESCRIPTION = "The zip of a rules folder (of rules/ itself or of its contents), as the "
            + "multipart/form-data part 'rules' or as an application/zip body. Compiles every rule and decision table "
            + "and runs the static checks (clauses against the manifests' texts, manifest completeness and dates, "
            + "table references, contradictions); the rule set in service is not touched. Answers 200 "
            + "{valid, rules, problems: [{file, line, column, check, message}]}: line 0 = the file as a whole, "
            + "column 0 = no particular cell (tables: line = spreadsheet row), check = compile, load, clause, "
            + "manifest, table or contradiction. A bad upload is 400 problem+json naming 'rules' or 'body': not a zip, "
            + "an entry outside the folder (zip slip), over 16 MB packed, 64 MB unpacked or 5000 entries.";

    @Operation(summary = SUMMARY, description = DESCRIPTION)
    @PostMapping(path = "/validate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ValidationReport validateMultipart(@RequestParam(name = "rules", required = false) MultipartFile rules)
            throws IOException {
        if (rules == null || rules.isEmpty()) {
            throw ZipUpload.bad("rules", "is required: a zip of the rules folder");
        }
        try (InputStream in = rules.getInputStream()) {
            return validate(in, "rules");
        }
    }

    @Operation(summary = SUMMARY, description = DESCRIPTION)
    @PostMapping(path = "/validate", consumes = "application/zip")
    public ValidationReport validateZip(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            return validate(in, "body");
        }
    }

    private static ValidationReport validate(InputStream upload, String field) throws IOException {
        Path dir = Files.createTempDirectory("zwfw-validate-");
        try {
            Path root = ZipUpload.unpack(upload, dir, field);
            return RuleSetValidator.validate(root);
        } finally {
            RulesFolders.delete(dir);
        }
    }
}
