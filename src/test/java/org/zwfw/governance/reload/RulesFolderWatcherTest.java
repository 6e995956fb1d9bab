package org.zwfw.governance.reload;

import org.zwfw.engine.RuleSetHolder;
import org.zwfw.engine.RuleSetLoader;
import org.zwfw.engine.RulesFolder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Folder watching: an edit is picked up without a request; a broken edit is rejected and audited while the last good
 * rule set keeps serving. Waits for the outcome (bounded only to stop a hung build), never for a fixed time.
 */
class RulesFolderWatcherTest {
    record Logged(String caller, String trigger, String oldVersion, String newVersion, String outcome,
                  List<String> problems) {}

    @TempDir
    Path dir;

    @Test
    void anEditIsReloadedAndABrokenEditLeavesTheLastGoodSetServing() throws Exception {
        RulesFolder folder = RulesFolder.copyOfSample(dir);
        RuleSetHolder holder = new RuleSetHolder(folder.root().toString());
        String v0 = holder.current().version();
        List<Logged> log = new CopyOnWriteArrayList<>();
        RuleSetReloadLog audit = new RuleSetReloadLog(null) {
            @Override
            public void append(String caller, String trigger, String oldVersion, String newVersion, String outcome,
                               List<String> problems) {
                log.add(new Logged(caller, trigger, oldVersion, newVersion, outcome, problems));
            }
        };
        RulesFolderWatcher watcher = new RulesFolderWatcher(holder, new RuleSetReloader(holder, audit),
                Duration.ofMillis(300));
        watcher.start();
        try {
            folder.edit("ningxia/yinchuan/catalog/matters.csv", s -> s.replace(
                    "YC-SPJY-001,食品经营许可（新办）,行政许可,NATURAL_PERSON|LEGAL_PERSON,10,5,",
                    "YC-SPJY-001,食品经营许可（新办）,行政许可,NATURAL_PERSON|LEGAL_PERSON,10,6,"));
            String v1 = org.zwfw.lawbook.Lawbook.read(folder.root()).version();
            // The new set is installed before its reload is written to the log: wait for both.
            awaitUntil(() -> holder.current().version().equals(v1)
                    && log.stream().anyMatch(l -> l.outcome().equals("LOADED")));
            assertThat(holder.current().catalog().of("640100").matters().get("YC-SPJY-001").getPromisedDays()).isEqualTo(6);
            assertThat(log).anySatisfy(l -> {
                assertThat(l.outcome()).isEqualTo("LOADED");
                assertThat(l.trigger()).isEqualTo("WATCH");
                assertThat(l.oldVersion()).isEqualTo(v0);
                assertThat(l.newVersion()).isEqualTo(v1);
            });

            folder.write("ningxia/yinchuan/measures-2025/broken.drl", """
                    package rules.broken
                    rule "坏规则"
                        @ruleId("broken")
                        @clause("银川市政务服务管理办法 第二十五条")
                        @basis("TEXT")
                    when
                        NoSuchFact()
                    then
                    end
                    """);
            awaitUntil(() -> log.stream().anyMatch(l -> l.outcome().equals("REJECTED")
                    && l.problems().stream().anyMatch(p -> p.startsWith("ningxia/yinchuan/measures-2025/broken.drl:"))));
            assertThat(holder.current().version()).isEqualTo(v1);
        } finally {
            watcher.stop();
        }
        assertThat(watcher.isRunning()).isFalse();
    }

    static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long giveUp = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("still waiting after 3 minutes").isLessThan(giveUp);
            Thread.sleep(50);
        }
    }
}
