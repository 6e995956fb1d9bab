package org.zwfw.ruleset;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The rule set in service. Built from the rules folder at start (a broken folder stops the start with every problem
 * listed); a reload builds a new one beside it and swaps it in whole, so a request runs on one version from start
 * to end and a broken reload leaves the last good rule set serving.
 */
@Service
public class RuleSetHolder {
    private static final Logger log = LoggerFactory.getLogger(RuleSetHolder.class);

    private final Path dir;
    private final AtomicReference<RuleSet> current = new AtomicReference<>();

    public RuleSetHolder(@Value("${zwfw.rules.dir:rules}") String dir) {
        this.dir = Path.of(dir);
        RuleSet rs = RuleSetLoader.load(this.dir);
        current.set(rs);
        log.info("rule set {} loaded from {}: {} rules, {} instruments", rs.version(), rs.source(), rs.rules().size(),
                rs.instruments().size());
    }

    public RuleSet current() {
        return current.get();
    }

    /** Rebuilds from the folder; on any problem throws {@link RuleSetException} and keeps the current one. */
    public synchronized RuleSet reload() {
        return install(RuleSetLoader.load(dir));
    }

    /** Swaps in a rule set built elsewhere (tests, what-if candidates promoted by an analyst). */
    public synchronized RuleSet install(RuleSet rs) {
        RuleSet old = current.getAndSet(rs);
        log.info("rule set {} replaced {}", rs.version(), old == null ? "-" : old.version());
        return rs;
    }
}
