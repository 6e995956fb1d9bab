package org.zwfw.platform.api;

import org.zwfw.policies.PolicyMatchService;
import org.zwfw.policies.PolicyTables;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.zwfw.policies.PopulationMatcher;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/policies")
@Tag(name = "Policies", description = "免申即享: what a subject gets without applying")
public record PolicyController(PolicyMatchService service) {
    @Operation(summary = "A whole population: CSV of subjects in (key,type and dictionary columns), CSV of matches out "
            + "(line,key,policy,tier,amount,unit,error), streamed in input order; bad rows come back as error rows",
            description = "jurisdiction, asOf and the CSV header (key and type columns, every other column in the data "
                    + "dictionary) are checked before anything is streamed: 400 problem+json naming the field "
                    + "(jurisdiction, asOf, header.key, header.type, header.<column>).")
    @ApiResponse(responseCode = "200", description = "The matches, streamed (text/csv)")
    @ApiResponse(responseCode = "400", description = "Bad parameter or CSV header, each named (application/problem+json)")
    @PostMapping(path = "/matches:batch", consumes = "text/csv",
            produces = {"text/csv", MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public ResponseEntity<StreamingResponseBody> batch(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String asOf, HttpServletRequest request) throws IOException {
        PolicyMatchService.BatchRun run = service.batch(jurisdiction, asOf, request.getInputStream());
        StreamingResponseBody stream = out -> {
            OutputStream w = new BufferedOutputStream(out, 1 << 16);
            w.write((String.join(",", PopulationMatcher.OUTPUT) + "\n").getBytes(StandardCharsets.UTF_8));
            run.matcher().run(run.body(), 0, w, (d, m, b) -> { });
            w.flush();
        };
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8")).body(stream);
    }

    @Operation(summary = "The published data dictionary of subject attributes policies may test")
    @GetMapping("/attributes")
    public List<PolicyTables.Attribute> attributes() {
        return service.attributes();
    }

    @Operation(summary = "The policy catalog: code, class, jurisdiction (000000 = national, inherited), dates, basis")
    @GetMapping
    public Collection<PolicyTables.Policy> policies() {
        return service.policies().values();
    }

    @Operation(summary = "The 免申即享 policy lists the law in force requires to be published, by class (惠企、惠民、人才、"
            + "招商、金融服务 …), each with the rule and clause requiring it and the policies of that class valid in the "
            + "jurisdiction's chain on asOf; none where no instrument in force requires lists")
    @ApiResponse(responseCode = "400", description = "Bad jurisdiction or asOf, each named (application/problem+json)")
    @GetMapping("/lists")
    public PolicyMatchService.Lists lists(@RequestParam(required = false) String jurisdiction,
                                          @RequestParam(required = false) String asOf) {
        return service.lists(jurisdiction, asOf);
    }

    @Operation(summary = "Every policy in force that the subject meets, with its benefit, the conditions that held and "
            + "their source; noApplicationNeeded only when every condition was proven from SHARED data")
    @PostMapping(path = "/matches", consumes = MediaType.APPLICATION_JSON_VALUE)
    public PolicyMatchService.Response matches(@RequestBody(required = false) PolicyMatchService.Request request) {
        return service.match(request);
    }
}
