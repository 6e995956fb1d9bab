package org.zwfw.governance.reload;

import org.zwfw.engine.RuleSetHolder;
import org.zwfw.kernel.Problem;
import org.zwfw.kernel.RuleSetException;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** Reloads the rule set in service (on an analyst's request or the folder watcher's) and audits every attempt. */
@Service
public class RuleSetReloader {
    private static final Logger log = LoggerFactory.getLogger(RuleSetReloader.class);

    /** Who asked for a reload: an analyst, the folder watcher, or another replica's reload followed. */
    public enum Trigger { API, WATCH, REPLICA }

    private final RuleSetHolder holder;
    private final RuleSetReloadLog audit;

    private final MeterRegistry metrics;

    public RuleSetReloader(RuleSetHolder holder, RuleSetReloadLog audit) {
        this(holder, audit, new SimpleMeterRegistry());
    }

    /** Counts every attempt in {@code zwfw.ruleset.reloads}, tagged result (success, failure) and outcome. */
    @Autowired
    public RuleSetReloader(RuleSetHolder holder, RuleSetReloadLog audit, MeterRegistry metrics) {
        this.holder = holder;
        this.audit = audit;
        this.metrics = metrics;
        // Shown from the start (at 0), so a dashboard or alert on failures has a series before the first one.
        counter("success", "LOADED");
        counter("success", "UNCHANGED");
        counter("failure", "REJECTED");
    }

    private Counter counter(String result, String outcome) {
        return Counter.builder("zwfw.ruleset.reloads").description("Rule set reload attempts")
                .tag("result", result).tag("outcome", outcome).register(metrics);
    }

    /** Reloads and audits; a rejected folder is audited with its problems and rethrown (the old set keeps serving). */
    public RuleSetHolder.Reload reload(String caller, Trigger trigger) {
        String before = holder.current().version();
        try {
            RuleSetHolder.Reload r = holder.reload();
            audit.append(caller, trigger.name(), r.previous().version(), r.active().version(), r.outcome().name(),
                    List.of());
            counter("success", r.outcome().name()).increment();
            if (r.outcome() == RuleSetHolder.Outcome.LOADED) {
                log.info("rule set reloaded by {} ({}): {} -> {}", caller, trigger, r.previous().version(),
                        r.active().version());
            }
            return r;
        } catch (RuleSetException e) {
            List<String> problems = e.getProblems().stream().map(Problem::toString).toList();
            audit.append(caller, trigger.name(), before, null, "REJECTED", problems);
            counter("failure", "REJECTED").increment();
            log.warn("rule set reload by {} ({}) rejected; {} keeps serving:\n{}", caller, trigger, before,
                    String.join("\n", problems));
            throw e;
        }
    }

    /**
     * A reload no caller waits for (the folder watcher's, another replica's followed): a rejected folder is audited
     * and logged as {@link #reload} does, the last good rule set keeps serving, and the answer is empty.
     */
    public Optional<RuleSetHolder.Reload> reloadUnattended(String caller, Trigger trigger) {
        try {
            return Optional.of(reload(caller, trigger));
        } catch (RuleSetException e) {
            return Optional.empty();
        }
    }

    /** The rule set in service and since when. */
    public RuleSetHolder.Active serving() {
        return holder.active();
    }
}
