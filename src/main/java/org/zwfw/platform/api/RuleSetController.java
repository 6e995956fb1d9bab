package org.zwfw.platform.api;

import org.zwfw.engine.RuleInfo;
import org.zwfw.engine.RuleSet;
import org.zwfw.engine.RuleSetHolder;
import org.zwfw.governance.reload.ReplicaIdentity;
import org.zwfw.governance.reload.Replicas;
import org.zwfw.governance.reload.RuleSetReloadLog;
import org.zwfw.governance.reload.RuleSetReloader;
import org.zwfw.lawbook.Instrument;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zwfw.platform.audit.Caller;
import org.zwfw.platform.api.CatalogController;
import org.zwfw.kernel.BadRequestException;
import org.zwfw.kernel.FieldProblem;
import org.zwfw.lawbook.vocabulary.Fields;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The rule set in service: its version, the instruments in force per jurisdiction, every rule with its clause. */
@RestController
@RequestMapping("/api/v1/ruleset")
@Tag(name = "Rules", description = "The rule set in service and its reload")
public record RuleSetController(RuleSetHolder holder, RuleSetReloader reloader, RuleSetReloadLog reloads,
                                Replicas replicaList, ReplicaIdentity identity) {
    /**
     * {@code inForce}: per jurisdiction, the titles of the instruments that apply there on {@code asOf} (its chain's,
     * drafts never).
     */
    public record RuleSetView(String version, Instant servingSince, LocalDate asOf, Map<String, List<String>> inForce,
                              List<CatalogController.InstrumentView> instruments, List<RuleInfo> rules) {}

    /** {@code outcome}: LOADED (a new version serves) or UNCHANGED (the folder's content hash is the serving one). */
    public record ReloadView(String outcome, String previousVersion, RuleSetView ruleset) {}

    @Operation(summary = "Version (content hash), instruments in force per jurisdiction on asOf (default today), "
            + "every rule with its clause")
    @GetMapping
    public RuleSetView ruleset(@RequestParam(required = false) String asOf) {
        return view(holder.active(), date(asOf));
    }

    @Operation(summary = "Rebuild from the rules folder and swap atomically; a broken folder is rejected (422) with "
            + "file:line problems and the last good rule set keeps serving. Every attempt is audited")
    @PostMapping("/reload")
    public ReloadView reload() {
        RuleSetHolder.Reload r = reloader.reload(Caller.current(), RuleSetReloader.Trigger.API);
        RuleSetHolder.Active active = holder.active();
        // What this reload made active, even if another reload has since replaced it.
        if (active.ruleSet() != r.active()) {
            active = new RuleSetHolder.Active(r.active(), null);
        }
        return new ReloadView(r.outcome().name(), r.previous().version(), view(active, date(null)));
    }

    @Operation(summary = "The reload audit: who, when, version before and after, outcome and problems; newest first")
    @GetMapping("/reloads")
    public List<RuleSetReloadLog.Entry> reloads(@RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new BadRequestException(List.of(new FieldProblem("limit", "must be between 1 and 1000")));
        }
        return reloads.recent(limit);
    }

    /**
     * {@code answeredBy}: the replica that gave this answer; {@code replicas}: every replica on this database with the
     * version it serves (its heartbeat). A single instance without replica sync lists itself alone.
     */
    public record ReplicasView(String answeredBy, String version, List<Replicas.Replica> replicas) {}

    @Operation(summary = "The replicas on this database, the rule set version each serves and whether its heartbeat "
            + "is fresh; the one answering is answeredBy")
    @GetMapping("/replicas")
    public ReplicasView replicasServing() {
        RuleSetHolder.Active active = holder.active();
        List<Replicas.Replica> listed = replicaList.list();
        if (listed.stream().noneMatch(r -> r.replica().equals(identity.name()))) {
            // Replica sync off (one instance) or its first heartbeat not yet written: itself, as it is now.
            listed = new java.util.ArrayList<>(listed);
            listed.add(new Replicas.Replica(identity.name(), null, null, active.ruleSet().version(),
                    active.since().atOffset(java.time.ZoneOffset.UTC), true));
        }
        return new ReplicasView(identity.name(), active.ruleSet().version(), listed);
    }

    static RuleSetView view(RuleSetHolder.Active active, LocalDate date) {
        RuleSet rs = active.ruleSet();
        Map<String, List<String>> inForce = new TreeMap<>();
        rs.catalog().jurisdictions().keySet().forEach(code -> inForce.put(code,
                rs.applicable(rs.catalog().chain(code), date).stream().map(Instrument::title).toList()));
        return new RuleSetView(rs.version(), active.since(), date, inForce,
                rs.instruments().stream().map(i -> CatalogController.instrumentView(i, date)).toList(), rs.rules());
    }

    private static LocalDate date(String asOf) {
        List<FieldProblem> errors = new ArrayList<>();
        LocalDate d = Fields.date(asOf, "asOf", false, errors);
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        return d == null ? LocalDate.now(ZoneId.of("Asia/Shanghai")) : d;
    }
}
