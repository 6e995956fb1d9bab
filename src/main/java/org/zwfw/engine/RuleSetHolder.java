package org.zwfw.engine;

import org.zwfw.kernel.Problem;
import org.zwfw.kernel.RuleSetException;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.zwfw.lawbook.Lawbook;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The rule set in service. Built from the rules folder at start (a broken folder stops the start with every problem
 * listed); a reload builds a new one beside it and swaps it in whole, so a request that took its rule set with
 * {@link #current()} runs on that one version from start to end, and a broken reload leaves the last good rule set
 * serving.
 */
@Service
public class RuleSetHolder {
    private static final Logger log = LoggerFactory.getLogger(RuleSetHolder.class);

    /** What a reload did: the rule set serving before and after it. */
    public enum Outcome { LOADED, UNCHANGED }

    public record Reload(Outcome outcome, RuleSet previous, RuleSet active) {}

    /** The rule set serving and since when (one reference, so both always change together). */
    public record Active(RuleSet ruleSet, Instant since) {}

    private final Path dir;
    private final AtomicReference<Active> current = new AtomicReference<>();
    private final List<Consumer<RuleSet>> listeners = new CopyOnWriteArrayList<>();

    public RuleSetHolder(@Value("${zwfw.rules.dir:rules}") String dir) {
        this.dir = Path.of(dir);
        RuleSet rs = RuleSetLoader.load(this.dir);
        current.set(new Active(rs, Instant.now()));
        log.info("rule set {} loaded from {}: {} rules, {} instruments", rs.version(), rs.source(), rs.rules().size(),
                rs.instruments().size());
    }

    /** The rule set in service: take it once per request and use that one throughout. */
    public RuleSet current() {
        return current.get().ruleSet();
    }

    public Active active() {
        return current.get();
    }

    /** Told of every rule set swapped in after this call (reloads and installs), e.g. to show its version. */
    public void onInstall(Consumer<RuleSet> listener) {
        listeners.add(listener);
    }

    public Path folder() {
        return dir;
    }

    /**
     * Rebuilds from the folder and swaps the new rule set in whole. An unchanged folder (same content hash) is not
     * rebuilt. On any problem — a rule or table error, an unreadable file, a folder edited while it was being read —
     * throws {@link RuleSetException} naming each problem, and the current rule set keeps serving.
     */
    public synchronized Reload reload() {
        RuleSet old = current();
        // The folder is read once: the version compared, the rules built and the version served all come from this copy.
        Lawbook book;
        try {
            book = Lawbook.read(dir);
        } catch (RuleSetException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RuleSetException(List.of(new Problem(dir.toString(), 0, "cannot be read: " + e.getMessage())));
        }
        if (book.version().equals(old.version())) {
            return new Reload(Outcome.UNCHANGED, old, old);
        }
        RuleSet rs;
        try {
            rs = RuleSetLoader.load(book);
        } catch (RuleSetException e) {
            throw e;
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            throw new RuleSetException(List.of(new Problem(dir.toString(), 0, "cannot be built: " + e)));
        }
        // The copy is consistent by construction, but a file saved while the folder was being copied may be half
        // written: the folder must still be what was copied, or the version would name a state the analyst never saved.
        if (!book.stillOnDisk()) {
            throw new RuleSetException(List.of(new Problem(dir.toString(), 0,
                    "the folder changed while it was being read; reload again once the edit is finished")));
        }
        install(rs);
        return new Reload(Outcome.LOADED, old, rs);
    }

    /** Swaps in a rule set built elsewhere (tests, scenario copies). */
    public synchronized RuleSet install(RuleSet rs) {
        Active old = current.getAndSet(new Active(rs, Instant.now()));
        log.info("rule set {} replaced {}", rs.version(), old == null ? "-" : old.ruleSet().version());
        listeners.forEach(l -> l.accept(rs));
        return rs;
    }
}
