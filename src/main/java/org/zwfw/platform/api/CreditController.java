package org.zwfw.platform.api;

import org.zwfw.credit.CreditRepository;
import org.zwfw.credit.CreditService;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zwfw.platform.audit.Caller;
import org.zwfw.kernel.BadRequestException;
import org.zwfw.kernel.FieldProblem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Credit records", description = "Credit records the 告知承诺 rules read; every read is audited")
public record CreditController(CreditService service, CreditRepository repo) {
    @Operation(summary = "Add one credit record")
    @PostMapping(path = "/credit-records", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    public CreditRepository.Stored add(@RequestBody(required = false) CreditService.Input in) {
        if (in == null) {
            throw new BadRequestException(List.of(new FieldProblem("body", "a JSON credit record is required")));
        }
        return service.add(in, Caller.current());
    }

    @Operation(summary = "Import the credit platform's CSV (columns of reference-credit.csv); bad rows are reported by line, good rows kept")
    @PostMapping(path = "/credit-records:import", consumes = "text/csv")
    public CreditService.ImportReport importCsv(@RequestBody(required = false) String csv) {
        if (csv == null || csv.isBlank()) {
            throw new BadRequestException(List.of(new FieldProblem("body", "a CSV body is required")));
        }
        return service.importCsv(csv, Caller.current());
    }

    @Operation(summary = "Record the repair (信用修复) of a record from a date on")
    @PostMapping(path = "/credit-records/{id}/repair", consumes = "application/json")
    public CreditRepository.Stored repair(@PathVariable long id, @RequestBody(required = false) Repair body) {
        return service.repair(id, body == null ? null : body.date());
    }

    /** The body of a repair: the date from which the record is repaired. */
    public record Repair(@io.swagger.v3.oas.annotations.media.Schema(description = "YYYY-MM-DD", format = "date") String date) {}

    @Operation(summary = "A subject's records (the read itself is audited with the caller and reason)")
    @GetMapping("/credit-records")
    public List<CreditRepository.Stored> list(@RequestParam String subjectId,
                                              @RequestParam(defaultValue = "auditor query") String reason) {
        return repo.listFor(subjectId, Caller.current(), reason);
    }

    @Operation(summary = "Who read a subject's credit records, when and why")
    @GetMapping("/credit-records/reads")
    public List<CreditRepository.ReadAudit> reads(@RequestParam String subjectId) {
        return repo.readsOf(subjectId);
    }
}
