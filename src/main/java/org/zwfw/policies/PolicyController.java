package org.zwfw.policies;

import java.util.Collection;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/policies")
@Tag(name = "Policies", description = "免申即享: what a subject gets without applying")
public class PolicyController {
    private final PolicyMatchService service;

    public PolicyController(PolicyMatchService service) {
        this.service = service;
    }

    @Operation(summary = "A whole population: CSV of subjects in (key,type and dictionary columns), CSV of matches out "
            + "(line,key,policy,tier,amount,unit,error), streamed in input order; bad rows come back as error rows")
    @PostMapping(path = "/matches:batch", consumes = "text/csv", produces = "text/csv")
    public org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody> batch(
            @RequestParam String jurisdiction, @RequestParam(required = false) String asOf,
            jakarta.servlet.http.HttpServletRequest request) throws java.io.IOException {
        var run = service.batch(jurisdiction, asOf);
        java.io.InputStream body = request.getInputStream();
        org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody stream = out -> {
            java.io.OutputStream w = new java.io.BufferedOutputStream(out, 1 << 16);
            w.write((String.join(",", org.zwfw.policies.batch.PopulationMatcher.OUTPUT) + "\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            run.run(new java.io.InputStreamReader(body, java.nio.charset.StandardCharsets.UTF_8), 0, w, (d, m, b) -> { });
            w.flush();
        };
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType("text/csv;charset=UTF-8")).body(stream);
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

    @Operation(summary = "Every policy in force that the subject meets, with its benefit, the conditions that held and "
            + "their source; noApplicationNeeded only when every condition was proven from SHARED data")
    @PostMapping(path = "/matches", consumes = MediaType.APPLICATION_JSON_VALUE)
    public PolicyMatchService.Response matches(@RequestBody(required = false) PolicyMatchService.Request request) {
        return service.match(request);
    }
}
