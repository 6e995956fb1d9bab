package org.zwfw.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zwfw.TestApi;
import org.zwfw.identity.IdentifierHasher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * kill -9 of one of two replicas while clients write through both. Two service JVMs (the {@code postgres} profile,
 * replica sync on, a 200 ms heartbeat, {@code zwfw.replica.stale-after=2s}) on one embedded PostgreSQL; three client
 * threads per replica, each request for its own applicant: acceptance decisions (group-committed audit rows), case
 * opens, supplements of those cases, single-record credit imports. Replica A is killed with SIGKILL mid-stream; B's
 * clients go on, and B supplements cases A opened. Then, read from the database: every decision either replica
 * answered 200 has its audit row exactly once; every case answered 201 is there with the state its confirmed moves
 * gave it, one OPENED event and one SUPPLEMENT event for a confirmed supplement; every imported record is stored
 * once; nothing is duplicated. B answered every request its clients sent, during and after the kill. The replicas
 * list, through B, shows A not alive once stale-after has passed; A started again under its name is alive again with
 * its new start. The measured figures are printed (operators.md "Several replicas" quotes them).
 */
@Tag("slow") // two service JVMs on an embedded PostgreSQL, one killed under load and started again; mvn test -Pslow
class ReplicaKillTest {
    static final String KEY = "test-key-shared-by-the-replicas";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    static final Duration HEARTBEAT = Duration.ofMillis(200);
    static final Duration STALE_AFTER = Duration.ofSeconds(2);
    static final String SUPPLEMENT = "{\"date\":\"2026-03-05\",\"materials\":[\"M06\"]}";

    @TempDir
    Path work;

    /** A case for {@code id} waiting for one material (M06): PENDING_SUPPLEMENT, then SUPPLEMENTED. */
    static String deficientCase(String id) {
        return """
                {"jurisdiction":"410700","matterCode":"XX-SPJY-001","asOf":"2026-03-02",
                 "applicant":{"type":"LEGAL_PERSON","id":"%s"},
                 "materials":[{"code":"M01","status":"PROVIDED"},{"code":"M04","status":"PROVIDED"},
                              {"code":"M05","status":"PROVIDED"},{"code":"M06","status":"MISSING"}],
                 "commitment":{"signed":true}}""".formatted(id);
    }

    static String creditRecord(String id) {
        return "subject_id,record,severity,recorded_on,repaired_on,source\n" + id + ",行政处罚（一般）,MINOR,2026-01-05,,信用平台\n";
    }

    /** One replica: its JVM, its port. */
    record Replica(String name, int port, Process process) {}

    Replica start(EmbeddedPostgres pg, String name, String logName) throws IOException {
        int port = ChildJvm.freePort();
        Process p = ChildJvm.start(work, work.resolve(logName), "--spring.profiles.active=postgres",
                "--server.port=" + port, "--server.address=127.0.0.1",
                "--spring.datasource.url=" + pg.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--zwfw.privacy.hash-key=" + KEY, "--zwfw.security.tokens=" + TestApi.configuredTokensProperty(),
                "--zwfw.rules.dir=" + ChildJvm.RULES, "--zwfw.replica.name=" + name,
                "--zwfw.replica.heartbeat=" + HEARTBEAT.toMillis() + "ms",
                "--zwfw.replica.stale-after=" + STALE_AFTER.toSeconds() + "s");
        return new Replica(name, port, p);
    }

    static HttpResponse<String> call(Replica to, String path, String type, String body) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + to.port() + path))
                .timeout(Duration.ofSeconds(30));
        b = body == null ? b.GET() : b.header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        try {
            return HTTP.send(TestApi.authorized(b.build(), TestApi.CONFIGURED_TOKENS),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    // What the clients were told. Every id is used by one request only, so rows can be matched to answers.
    final Map<String, String> decided = new ConcurrentHashMap<>();       // applicant → replica that answered 200
    final Map<String, String> opened = new ConcurrentHashMap<>();        // case → replica that answered 201
    final Set<String> supplementSent = ConcurrentHashMap.newKeySet();    // cases a supplement was sent for
    final Set<String> supplemented = ConcurrentHashMap.newKeySet();      // ... and answered 200
    final Set<String> imported = ConcurrentHashMap.newKeySet();          // credit subjects imported (200, imported 1)
    final Queue<String> unexpected = new ConcurrentLinkedQueue<>();      // any other answer, any failure but A's cut-offs
    final Map<String, AtomicInteger> confirmedBefore = new ConcurrentHashMap<>();
    final AtomicInteger confirmedByBAfterKill = new AtomicInteger();
    final AtomicInteger cutOffOnA = new AtomicInteger();
    final AtomicLong nextId = new AtomicLong();
    final AtomicBoolean stop = new AtomicBoolean();
    volatile long killedAt; // System.nanoTime() just before the SIGKILL; 0 until then
    Replica again; // A started again
    long bothReady; // ms from starting the two replicas to both ready

    /** One client of {@code to}: decision, case open, (every other round) its supplement, credit import; repeat. */
    void client(Replica to, boolean killed) {
        for (int round = 0; !stop.get(); round++) {
            try {
                String applicant = DecisionAuditCrashTest.creditCode(nextId.incrementAndGet());
                if (confirmed(to, call(to, "/api/v1/decisions/acceptance", "application/json",
                        DecisionAuditCrashTest.decision(applicant)), 200)) {
                    decided.put(applicant, to.name());
                }
                HttpResponse<String> open = call(to, "/api/v1/cases", "application/json",
                        deficientCase(DecisionAuditCrashTest.creditCode(nextId.incrementAndGet())));
                if (confirmed(to, open, 201)) {
                    String caseId = JSON.readTree(open.body()).path("caseId").asString();
                    opened.put(caseId, to.name());
                    if (round % 2 == 0) {
                        supplement(to, caseId);
                    }
                }
                String subject = DecisionAuditCrashTest.creditCode(nextId.incrementAndGet());
                HttpResponse<String> imp = call(to, "/api/v1/credit-records:import", "text/csv", creditRecord(subject));
                if (confirmed(to, imp, 200) && JSON.readTree(imp.body()).path("imported").asInt() == 1) {
                    imported.add(subject);
                }
            } catch (IOException e) {
                if (killed && killedAt != 0) {
                    cutOffOnA.incrementAndGet(); // cut off by the kill, or refused after it: nothing confirmed
                    return;
                }
                unexpected.add(to.name() + ": " + e);
            }
        }
    }

    void supplement(Replica to, String caseId) throws IOException {
        supplementSent.add(caseId);
        if (confirmed(to, call(to, "/api/v1/cases/" + caseId + "/supplements", "application/json", SUPPLEMENT), 200)) {
            supplemented.add(caseId);
        }
    }

    boolean confirmed(Replica to, HttpResponse<String> r, int expected) {
        if (r.statusCode() != expected) {
            unexpected.add(to.name() + " answered " + r.statusCode() + ": " + r.body());
            return false;
        }
        if (killedAt == 0) {
            confirmedBefore.computeIfAbsent(to.name(), k -> new AtomicInteger()).incrementAndGet();
        } else if (to.name().equals("replica-b")) {
            confirmedByBAfterKill.incrementAndGet();
        }
        return true;
    }

    static JsonNode listed(Replica through, String name) throws IOException {
        HttpResponse<String> r = call(through, "/api/v1/ruleset/replicas", null, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        for (JsonNode n : JSON.readTree(r.body()).path("replicas")) {
            if (n.path("replica").asString().equals(name)) {
                return n;
            }
        }
        return JSON.missingNode();
    }

    static long millisSince(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
    }

    @Test
    void killingOneReplicaMidWriteLosesNothingEitherConfirmedAndTheOtherServesOn() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            Replica a = start(pg, "replica-a", "a.log");
            Replica b = start(pg, "replica-b", "b.log");
            long starting = System.nanoTime();
            try {
                CaseWriteCrashTest.awaitReady(a.process(), a.port(), work.resolve("a.log"));
                CaseWriteCrashTest.awaitReady(b.process(), b.port(), work.resolve("b.log"));
                bothReady = millisSince(starting);
                run(pg, a, b);
            } finally {
                for (Replica r : new Replica[] {a, b, again}) {
                    if (r != null && r.process().isAlive()) {
                        ChildJvm.kill(r.process());
                    }
                }
            }
        }
    }

    void run(EmbeddedPostgres pg, Replica a, Replica b) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(6);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Replica to = i % 2 == 0 ? a : b;
            running.add(clients.submit(() -> client(to, to == a)));
        }
        long loadStarted = System.nanoTime();
        long until = loadStarted + TimeUnit.SECONDS.toNanos(30);
        while ((count(confirmedBefore, a) < 60 || count(confirmedBefore, b) < 60) && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(listed(b, a.name()).path("alive").asBoolean()).as("A alive before the kill").isTrue();
        OffsetDateTime killWallClock = OffsetDateTime.now();
        killedAt = System.nanoTime();
        ChildJvm.kill(a.process()); // its clients are mid-request, its audit writer mid-batch
        long killed = System.nanoTime();

        // B takes over cases A opened and confirmed, while its own clients go on.
        List<String> pendingOfA = opened.entrySet().stream().filter(e -> e.getValue().equals(a.name()))
                .map(Map.Entry::getKey).filter(id -> !supplementSent.contains(id)).limit(5).toList();
        for (String caseId : pendingOfA) {
            supplement(b, caseId);
        }

        // The list through B: A alive until its last heartbeat is stale-after old, then not.
        JsonNode aListed = listed(b, a.name());
        long staleWait = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (aListed.path("alive").asBoolean(true) && System.nanoTime() < staleWait) {
            Thread.sleep(100);
            aListed = listed(b, a.name());
        }
        long shownStale = millisSince(killed);
        assertThat(aListed.path("alive").isBoolean()).as("A is still listed: " + aListed).isTrue();
        assertThat(aListed.path("alive").asBoolean()).as("A listed as not alive").isFalse();
        assertThat(OffsetDateTime.parse(aListed.path("lastSeen").asString())).isBefore(killWallClock);
        assertThat(listed(b, b.name()).path("alive").asBoolean()).isTrue();
        long restarting = System.nanoTime();
        again = start(pg, a.name(), "a-again.log");

        while (confirmedByBAfterKill.get() < 60 && System.nanoTime() < staleWait) {
            Thread.sleep(20);
        }
        stop.set(true);
        for (Future<?> f : running) {
            f.get(60, TimeUnit.SECONDS);
        }
        clients.shutdown();
        long loadSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - loadStarted);

        assertThat(unexpected).as("answers other than the expected 2xx; failures other than A's cut-offs").isEmpty();
        assertThat(count(confirmedBefore, a)).isGreaterThanOrEqualTo(20);
        assertThat(count(confirmedBefore, b)).isGreaterThanOrEqualTo(20);
        assertThat(confirmedByBAfterKill.get()).as("B's answers after the kill").isGreaterThanOrEqualTo(30);
        assertThat(pendingOfA).isNotEmpty().allMatch(supplemented::contains);

        // A, started again under its name while B's clients wrote: alive again, with its new start.
        CaseWriteCrashTest.awaitReady(again.process(), again.port(), work.resolve("a-again.log"));
        JsonNode back = listed(b, a.name());
        long aliveWait = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!back.path("alive").asBoolean(false) && System.nanoTime() < aliveWait) {
            Thread.sleep(100);
            back = listed(b, a.name());
        }
        assertThat(back.path("alive").asBoolean()).as("A alive again: " + back).isTrue();
        assertThat(OffsetDateTime.parse(back.path("startedAt").asString())).isAfter(killWallClock);
        long aliveAgain = millisSince(restarting);
        // It reads what B wrote while it was dead.
        String caseOfB = opened.entrySet().stream().filter(e -> e.getValue().equals(b.name()))
                .map(Map.Entry::getKey).filter(supplemented::contains).findAny().orElseThrow();
        HttpResponse<String> read = call(again, "/api/v1/cases/" + caseOfB + "?asOf=2026-03-06", null, null);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(JSON.readTree(read.body()).path("state").asString()).isEqualTo("SUPPLEMENTED");

        assertTheDatabaseKeptEverythingConfirmed(JdbcClient.create(pg.getPostgresDatabase()));

        System.out.printf("replica kill: both replicas ready %d ms after their start; %d s of load; confirmed before the kill A %d, B %d; after it B %d (and %d of "
                        + "A's cases supplemented through B), none refused or failed; A's clients cut off %d; "
                        + "%d decisions, %d cases (%d supplemented), %d credit records confirmed, all in the database "
                        + "once; A listed not alive %d ms after the kill (stale-after %d ms, heartbeat %d ms); "
                        + "A started again (while B's clients wrote) and listed alive %d ms after its start%n",
                bothReady, loadSeconds, count(confirmedBefore, a), count(confirmedBefore, b), confirmedByBAfterKill.get(),
                pendingOfA.size(), cutOffOnA.get(), decided.size(), opened.size(), supplemented.size(),
                imported.size(), shownStale, STALE_AFTER.toMillis(), HEARTBEAT.toMillis(), aliveAgain);
    }

    static int count(Map<String, AtomicInteger> counts, Replica r) {
        AtomicInteger n = counts.get(r.name());
        return n == null ? 0 : n.get();
    }

    void assertTheDatabaseKeptEverythingConfirmed(JdbcClient db) {
        IdentifierHasher hasher = new IdentifierHasher(KEY);
        // Decisions: one audit row per applicant answered, and no row twice (a decision cut off may have one, or none).
        Map<String, Integer> decisionRows = counts(db,
                "select applicant_hash, count(*) from decision_audit where case_id is null group by applicant_hash");
        assertThat(decisionRows.values()).allMatch(n -> n == 1);
        for (String applicant : decided.keySet()) {
            assertThat(decisionRows.get(hasher.hash(applicant))).as("audit row of decision " + applicant).isEqualTo(1);
        }

        Map<String, String> states = new HashMap<>();
        db.sql("select case_id, state from case_file").query((rs, n) -> states.put(rs.getString(1), rs.getString(2)))
                .list();
        Map<String, Integer> openedEvents = counts(db,
                "select case_id, count(*) from case_event where kind = 'OPENED' group by case_id");
        Map<String, Integer> supplementEvents = counts(db,
                "select case_id, count(*) from case_event where kind = 'SUPPLEMENT' group by case_id");
        Map<String, Integer> caseAudits = counts(db,
                "select case_id, count(*) from decision_audit where case_id is not null group by case_id");
        assertThat(openedEvents.values()).allMatch(n -> n == 1);
        assertThat(supplementEvents.values()).allMatch(n -> n == 1);
        assertThat(caseAudits.values()).allMatch(n -> n == 1);
        for (String caseId : opened.keySet()) {
            assertThat(states).as("case " + caseId).containsKey(caseId);
            assertThat(openedEvents.get(caseId)).as("OPENED of " + caseId).isEqualTo(1);
            assertThat(caseAudits.get(caseId)).as("audit row of case " + caseId).isEqualTo(1);
            if (supplemented.contains(caseId)) {
                assertThat(states.get(caseId)).as(caseId).isEqualTo("SUPPLEMENTED");
                assertThat(supplementEvents.get(caseId)).as("SUPPLEMENT of " + caseId).isEqualTo(1);
            } else if (!supplementSent.contains(caseId)) {
                assertThat(states.get(caseId)).as(caseId).isEqualTo("PENDING_SUPPLEMENT");
                assertThat(supplementEvents).as(caseId).doesNotContainKey(caseId);
            } // else: a supplement cut off by the kill, applied or not (at most once, checked above)
        }
        // Confirmed or not, nothing half-written: every case has its OPENED event and its audit row, and its state
        // agrees with its events.
        assertThat(openedEvents.keySet()).isEqualTo(states.keySet());
        assertThat(caseAudits.keySet()).isEqualTo(states.keySet());
        states.forEach((caseId, state) -> assertThat(state).as(caseId)
                .isEqualTo(supplementEvents.containsKey(caseId) ? "SUPPLEMENTED" : "PENDING_SUPPLEMENT"));

        Map<String, Integer> creditRows = counts(db,
                "select subject_hash, count(*) from credit_record group by subject_hash");
        assertThat(creditRows.values()).allMatch(n -> n == 1);
        for (String subject : imported) {
            assertThat(creditRows.get(hasher.hash(subject))).as("credit record of " + subject).isEqualTo(1);
        }
    }

    static Map<String, Integer> counts(JdbcClient db, String sql) {
        Map<String, Integer> counts = new HashMap<>();
        db.sql(sql).query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2))).list();
        return counts;
    }
}
