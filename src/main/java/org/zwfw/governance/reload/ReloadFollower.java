package org.zwfw.governance.reload;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.zwfw.engine.RuleSetHolder;

/**
 * One of several replicas on one database ({@code zwfw.replica.sync=true}, set by the postgres profile): every
 * {@code zwfw.replica.heartbeat} (default 1s) it records its heartbeat and the version it serves ({@link Replicas}),
 * and follows the newest reload another replica made: when the reload audit's newest LOADED row names a version it
 * does not serve, it reloads from its own rules folder (trigger REPLICA, audited like any reload). With one shared
 * folder, or folders deployed alike, every replica then serves that version within a heartbeat and a build. A folder
 * that gives another version (or none) is audited as such and tried again only after the next reload elsewhere.
 */
@Component
@ConditionalOnProperty(name = "zwfw.replica.sync", havingValue = "true")
public class ReloadFollower implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(ReloadFollower.class);

    private final RuleSetReloader reloader;
    private final Replicas replicas;
    private final ReplicaIdentity identity;
    private final Duration heartbeat;
    private final Instant startedAt = Instant.now();
    private volatile long lastFollowed = -1;
    private ScheduledExecutorService timer;

    public ReloadFollower(RuleSetReloader reloader, Replicas replicas, ReplicaIdentity identity,
                          @Value("${zwfw.replica.heartbeat:1s}") Duration heartbeat) {
        this.reloader = reloader;
        this.replicas = replicas;
        this.identity = identity;
        this.heartbeat = heartbeat;
    }

    /** One heartbeat: follow a newer reload made elsewhere, then record the version served. */
    void tick() {
        try {
            follow();
        } catch (RuntimeException e) {
            log.warn("replica {} could not follow reloads: {}", identity.name(), e.toString());
        }
        try {
            RuleSetHolder.Active active = reloader.serving();
            replicas.beat(identity.name(), startedAt, active.ruleSet().version(), active.since());
        } catch (RuntimeException e) {
            log.warn("replica {} heartbeat not recorded: {}", identity.name(), e.toString());
        }
    }

    private void follow() {
        Replicas.Loaded newest = replicas.newestLoaded().orElse(null);
        if (newest == null || newest.id() == lastFollowed || identity.name().equals(newest.replica())
                || newest.version().equals(reloader.serving().ruleSet().version())) {
            return;
        }
        lastFollowed = newest.id();
        String origin = newest.replica() == null ? "another replica" : newest.replica();
        reloader.reloadUnattended("replica-sync (" + origin + ")", RuleSetReloader.Trigger.REPLICA)
                .filter(r -> !r.active().version().equals(newest.version()))
                .ifPresent(r -> log.warn("replica {} followed {}'s reload to {} but its rules folder gives {}: the "
                        + "folders differ", identity.name(), origin, newest.version(), r.active().version()));
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "replica-heartbeat");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::tick, 0, heartbeat.toMillis(), TimeUnit.MILLISECONDS);
        log.info("replica {} on a shared database: heartbeat every {}, following reloads", identity.name(), heartbeat);
    }

    @Override
    public synchronized void stop() {
        if (timer == null) {
            return;
        }
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
            replicas.leave(identity.name());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("replica {} could not leave the replicas list: {}", identity.name(), e.toString());
        }
        timer = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }

    /** Started after the web server (its port names the replica), stopped before it and the database pool. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1;
    }
}
