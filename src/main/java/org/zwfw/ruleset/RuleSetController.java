package org.zwfw.ruleset;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zwfw.catalog.CatalogController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The rule set in service: its version, the instruments in force per jurisdiction, every rule with its clause. */
@RestController
@RequestMapping("/api/v1/ruleset")
@Tag(name = "Rules", description = "The rule set in service and its reload")
public class RuleSetController {
    private final RuleSetHolder holder;

    public RuleSetController(RuleSetHolder holder) {
        this.holder = holder;
    }

    public record RuleSetView(String version, Map<String, List<String>> inForceToday,
                              List<CatalogController.InstrumentView> instruments, List<RuleInfo> rules) {}

    @Operation(summary = "Version (content hash), instruments and rules with their clauses")
    @GetMapping
    public RuleSetView ruleset() {
        return view(holder.current());
    }

    @Operation(summary = "Rebuild from the rules folder and swap atomically; a broken folder is rejected (422) with file:line problems and the last good rule set keeps serving")
    @PostMapping("/reload")
    public RuleSetView reload() {
        return view(holder.reload());
    }

    static RuleSetView view(RuleSet rs) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Map<String, List<String>> inForce = new TreeMap<>();
        rs.catalog().jurisdictions().keySet().forEach(code -> inForce.put(code,
                rs.applicable(rs.catalog().chain(code), today).stream().map(Instrument::title).toList()));
        return new RuleSetView(rs.version(), inForce,
                rs.instruments().stream().map(i -> CatalogController.instrumentView(i, today)).toList(), rs.rules());
    }
}
