package org.zwfw.governance.reload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.StandardEnvironment;
import org.zwfw.engine.RuleSetHolder;
import org.zwfw.engine.RulesFolder;
import org.zwfw.lawbook.Lawbook;

/**
 * A replica's heartbeat, one tick at a time, against the shared tables as a replica reads them: it follows a reload
 * another replica made (from its own folder, audited as REPLICA), once; ignores its own reloads; and records the
 * version it serves. The two-replica run on PostgreSQL is ReplicasTest.
 */
class ReloadFollowerTest {
    record Beat(String replica, String version) {}

    record Logged(String caller, String trigger, String newVersion, String outcome) {}

    @TempDir
    Path dir;

    final List<Beat> beats = new CopyOnWriteArrayList<>();
    final List<Logged> audit = new CopyOnWriteArrayList<>();
    volatile Replicas.Loaded newest;

    final Replicas replicas = new Replicas(null, Duration.ofSeconds(10), Duration.ofHours(24)) {
        @Override
        public void beat(String replica, Instant startedAt, String version, Instant since) {
            beats.add(new Beat(replica, version));
        }

        @Override
        public Optional<Loaded> newestLoaded() {
            return Optional.ofNullable(newest);
        }
    };

    final RuleSetReloadLog log = new RuleSetReloadLog(null) {
        @Override
        public void append(String caller, String trigger, String oldVersion, String newVersion, String outcome,
                           List<String> problems) {
            audit.add(new Logged(caller, trigger, newVersion, outcome));
        }
    };

    @Test
    void followsAReloadMadeElsewhereOnceAndRecordsTheVersionItServes() {
        RulesFolder folder = RulesFolder.copyOfSample(dir);
        RuleSetHolder holder = new RuleSetHolder(folder.root().toString());
        String v0 = holder.current().version();
        ReloadFollower follower = new ReloadFollower(new RuleSetReloader(holder, log), replicas,
                new ReplicaIdentity("replica-b", new StandardEnvironment()), Duration.ofSeconds(1));

        follower.tick();
        assertThat(beats).containsExactly(new Beat("replica-b", v0));
        assertThat(audit).isEmpty();

        // Replica A reloads the shared folder after an edit: B's next tick brings it to A's version.
        folder.write("ningxia/yinchuan/measures-2025/replicas-note.drl", "");
        String v1 = Lawbook.read(folder.root()).version();
        newest = new Replicas.Loaded(7, "replica-a", v1);
        follower.tick();
        assertThat(holder.current().version()).isEqualTo(v1);
        assertThat(audit).containsExactly(new Logged("replica-sync (replica-a)", "REPLICA", v1, "LOADED"));
        assertThat(beats.get(beats.size() - 1)).isEqualTo(new Beat("replica-b", v1));

        // Its own reload, or one to the version it serves, is not followed.
        newest = new Replicas.Loaded(8, "replica-b", "another-version");
        follower.tick();
        newest = new Replicas.Loaded(9, "replica-a", v1);
        follower.tick();
        assertThat(audit).hasSize(1);

        // A version its folder does not give: tried once (audited UNCHANGED), not again on every heartbeat.
        newest = new Replicas.Loaded(10, "replica-a", "a-version-this-folder-does-not-give");
        follower.tick();
        follower.tick();
        assertThat(audit).hasSize(2);
        assertThat(audit.get(1).outcome()).isEqualTo("UNCHANGED");
        assertThat(holder.current().version()).isEqualTo(v1);
    }
}
