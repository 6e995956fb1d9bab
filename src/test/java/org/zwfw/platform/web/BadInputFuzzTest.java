package org.zwfw.platform.web;

import org.zwfw.lawbook.vocabulary.Fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.zwfw.ZwfwRulesApplication;
import org.zwfw.TestApi;
import org.zwfw.platform.security.Role;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Malformed and adversarial requests (jqwik) at every endpoint that takes input: broken JSON, huge arrays, deep
 * nesting, wrong types, boundary dates, invalid check digits, unknown enums, SQL- and formula-injection strings (also
 * in CSV uploads), bad path and query values. For each: never a 5xx; every 4xx is problem+json, a 400 or 422 names
 * its field(s); and a rejected request leaves every table as it was. {@link #TOTAL} counts the requests sent.
 */
@Tag("slow") // a fuzz run: thousands of spoiled requests on a service of its own; run by mvn test -Pslow
class BadInputFuzzTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final AtomicInteger TOTAL = new AtomicInteger();
    static final String[] TABLES = {"decision_audit", "case_file", "case_event", "credit_record", "credit_read_audit",
            "ruleset_reload_audit", "case_matter"};

    static ConfigurableApplicationContext ctx;
    static MockMvc mvc;
    static JdbcClient jdbc;
    static String caseId;
    static long creditId;

    static final String ACCEPTANCE = org.zwfw.ApiExamples.ACCEPTANCE;
    static final String FEE = """
            {"jurisdiction":"640100","matterCode":"YC-BDC-003","asOf":"2026-01-15",
             "applicant":{"type":"NATURAL_PERSON","id":"640303199201014560","enterpriseScale":"LARGE","groups":[]},
             "certificates":2,"housingType":"COMMODITY","registrationReason":"OTHER"}""";
    static final String SERVICES = """
            {"jurisdiction":"410700","matterCode":"XX-GTGS-004","asOf":"2026-01-15","channel":"ONLINE",
             "place":{"level":"VILLAGE","code":"410702001001"},"applicantRegion":"640104",
             "applicant":{"type":"NATURAL_PERSON","id":"640303199201014560","groups":["ELDERLY"],"mobilityImpaired":true},
             "project":{"kinds":["KEY_INVESTMENT"]}}""";

    static final String BUNDLE = """
            {"jurisdiction":"410700","bundleCode":"XX-YJS-001","asOf":"2026-03-02","route":"ORDINARY","channel":"WINDOW",
             "applicant":{"type":"NATURAL_PERSON","id":"410702194008152347","groups":[]},
             "materials":[{"code":"B01","status":"PROVIDED"},{"code":"B06","status":"MISSING"}],
             "commitment":{"signed":true,"supplementBy":"2026-03-06"}}""";
    static final String SUPPLEMENT = """
            {"date":"2026-03-05","materials":["M05"]}""";
    static final String VERIFICATION = """
            {"date":"2026-03-10","result":"NOT_FULFILLED","rectifyBy":"2026-03-20"}""";
    static final String CREDIT = """
            {"subjectId":"640303199201014560","record":"行政处罚（一般）","severity":"MINOR","recordedOn":"2026-01-05",
             "repairedOn":null,"source":"信用平台"}""";
    static final String REPAIR = """
            {"date":"2026-06-01"}""";
    static final String MATCH = """
            {"jurisdiction":"610100","asOf":"2026-03-02","nearMisses":true,
             "subject":{"type":"LEGAL_PERSON","id":"91610100MA6TXXXX00","attributes":{"annualTaxableIncome":1000000,
             "employees":30,"totalAssets":2000000},"sources":{"employees":"SHARED","annualTaxableIncome":"DECLARED"}}}""";
    static final String LINT = """
            {"jurisdiction":"610100","asOf":"2025-06-02","catalog":{"matters.csv":"code,name\\nA,B\\n"}}""";
    static final String WHAT_IF = """
            {"base":"CURRENT","proposal":"yinchuan-draft-2025","cases":[{"case":"c1","acceptance":%s}]}"""
            .formatted(ACCEPTANCE);
    static final String REPLAY = """
            {"base":"CURRENT","proposal":"CURRENT","from":"2026-01-01","to":"2026-01-02","matterCode":"YC-SPJY-001",
             "outcome":"ACCEPT","limit":5}""";

    /** JSON values that are wrong somewhere: types, boundary dates, bad check digits, unknown enums, injections. */
    static final List<String> BAD_VALUES = List.of(
            "null", "true", "0", "-1", "1.5", "1e308", "-1e308", "99999999999999999999999999", "[]", "{}", "[null]",
            "\"\"", "\" \"", "\"\\u0000\"", "\"\\uD800\"", "\"\\u202Eevil\"", "\"😀😀\"", "\"\\n\\r\\t\"",
            "\"2025-02-29\"", "\"2024-02-29\"", "\"2026-02-30\"", "\"2026-13-01\"", "\"0000-01-01\"", "\"9999-12-31\"",
            "\"+999999999-12-31\"", "\"-999999999-01-01\"", "\"1900-01-01\"", "\"2027-01-01\"", "\"2024-12-31\"",
            "\"2026-1-1\"", "\"20260101\"", "\"2026-03-02T00:00:00\"", "\"yesterday\"",
            "\"91640100MA76A1B2CX\"", "\"91640100MA76A1B2C\"", "\"640303199201014561\"", "\"640303199213014560\"",
            "\"64030319920101456X\"", "\"999999199201014560\"", "\"IOZSV\"", "\"91640100ma76a1b2cr\"",
            "\"ROBOT\"", "\"ACCEPT\"", "\"LOST\"", "\"MAYBE\"", "\"HUGE\"", "\"ordinary\"", "\"COMMITMENT \"",
            "\"' OR '1'='1\"", "\"'; DROP TABLE case_file; --\"", "\"1; DELETE FROM decision_audit\"",
            "\"=HYPERLINK(\\\"http://x\\\",\\\"y\\\")\"", "\"+cmd|' /C calc'!A0\"", "\"@SUM(1+1)\"", "\"-2+3\"",
            "\"=1+1\"", "\"\\t=1\"", "\"../../etc/passwd\"", "\"<script>alert(1)</script>\"", "\"${jndi:ldap://x}\"",
            "\"%s%n%x\"", "\"999999\"", "\"000000\"", "\"640100 \"", "\"M99\"", "\"CASE-\"",
            "\"" + "长".repeat(5_000) + "\"", "\"" + "A".repeat(70_000) + "\"",
            "{\"$ne\":null}", "[\"M01\",\"M01\",\"M01\"]", "{\"code\":\"M01\",\"status\":\"PROVIDED\"}");

    static final List<String> RAW_BODIES = List.of("", " ", "null", "[]", "\"x\"", "42", "{", "}", "{}{}", "{\"a\":}",
            "{'jurisdiction':'640100'}", "\uFEFF{}", "{\"jurisdiction\":\"640100\",}", "<xml/>", "jurisdiction=640100",
            "{\"jurisdiction\":\"\\x\"}", "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":01}", "{\"a\":\"\u0001\"}",
            "\u0000\u0000", "{\"asOf\":\"2026-03-02\"} trailing");

    /** How one request is spoiled; {@code seed} drives where. */
    record Spoil(int kind, String bad, long seed) {}

    @BeforeContainer
    static void start() throws Exception {
        ctx = new SpringApplicationBuilder(ZwfwRulesApplication.class).run("--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:zwfw-fuzz;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--logging.level.org.zwfw=WARN", "--logging.level.org.springframework=WARN");
        // The application's servlet filters too (as security will add), in their order.
        mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) ctx)
                .addFilters(ctx.getBeanProvider(Filter.class).orderedStream().toArray(Filter[]::new)).build();
        jdbc = ctx.getBean(JdbcClient.class);
        MvcResult opened = mvc.perform(auth(post("/api/v1/cases")).contentType("application/json").content("""
                {"jurisdiction":"410700","matterCode":"XX-SPJY-001","asOf":"2026-03-02",
                 "applicant":{"type":"LEGAL_PERSON","id":"91410700MA47D3E4F1"},
                 "materials":[{"code":"M01","status":"PROVIDED"},{"code":"M04","status":"PROVIDED"},
                              {"code":"M05","status":"MISSING"},{"code":"M06","status":"MISSING"}],
                 "commitment":{"signed":true}}""")).andReturn();
        assertThat(opened.getResponse().getStatus()).isEqualTo(201);
        caseId = JSON.readTree(opened.getResponse().getContentAsString(StandardCharsets.UTF_8)).path("caseId").asString();
        MvcResult credit = mvc.perform(auth(post("/api/v1/credit-records")).contentType("application/json")
                .content(CREDIT.replace("MINOR", "SERIOUS"))).andReturn();
        assertThat(credit.getResponse().getStatus()).as(credit.getResponse().getContentAsString()).isBetween(200, 201);
        creditId = JSON.readTree(credit.getResponse().getContentAsString(StandardCharsets.UTF_8)).path("id").asLong();
    }

    @AfterContainer
    static void stop() {
        System.out.println("bad-input fuzz: " + TOTAL.get() + " requests");
        if (ctx != null) {
            ctx.close();
        }
    }

    static MockHttpServletRequestBuilder auth(MockHttpServletRequestBuilder b) {
        // Admin reaches every endpoint, so every endpoint's own validation is fuzzed.
        return b.header("Authorization", TestApi.bearer(Role.ADMIN));
    }

    @Provide
    Arbitrary<Spoil> spoils() {
        return Combinators.combine(Arbitraries.integers().between(0, 12), Arbitraries.of(BAD_VALUES),
                Arbitraries.longs()).as(Spoil::new);
    }

    // ---- the endpoints (POST with a JSON body) ----

    @Property(tries = 1200)
    void acceptanceDecision(@ForAll("spoils") Spoil s) throws Exception {
        sendJson("/api/v1/decisions/acceptance", spoil(ACCEPTANCE, s));
    }

    @Property(tries = 600)
    void bundleDecision(@ForAll("spoils") Spoil s) throws Exception {
        sendJson("/api/v1/decisions/bundle-acceptance", spoil(BUNDLE, s));
    }

    @Property(tries = 1000)
    void feeDecision(@ForAll("spoils") Spoil s) throws Exception {
        sendJson("/api/v1/decisions/fee", spoil(FEE, s));
    }

    @Property(tries = 800)
    void servicesDecision(@ForAll("spoils") Spoil s) throws Exception {
        sendJson("/api/v1/decisions/services", spoil(SERVICES, s));
    }

    @Property(tries = 1000)
    void openCase(@ForAll("spoils") Spoil s) throws Exception {
        sendJson("/api/v1/cases", spoil(ACCEPTANCE, s));
    }

    @Property(tries = 600)
    void supplementCase(@ForAll("spoils") Spoil s) throws Exception {
        sendJson("/api/v1/cases/" + pathId(caseId, s) + "/supplements", spoil(SUPPLEMENT, s));
    }

    @Property(tries = 600)
    void verifyCase(@ForAll("spoils") Spoil s) throws Exception {
        sendJson("/api/v1/cases/" + pathId(caseId, s) + "/verifications", spoil(VERIFICATION, s));
    }

    @Property(tries = 700)
    void addCreditRecord(@ForAll("spoils") Spoil s) throws Exception {
        sendJson("/api/v1/credit-records", spoil(CREDIT, s));
    }

    @Property(tries = 500)
    void repairCreditRecord(@ForAll("spoils") Spoil s) throws Exception {
        sendJson("/api/v1/credit-records/" + pathId(String.valueOf(creditId), s) + "/repair", spoil(REPAIR, s));
    }

    @Property(tries = 800)
    void policyMatch(@ForAll("spoils") Spoil s) throws Exception {
        sendJson("/api/v1/policies/matches", spoil(MATCH, s));
    }

    @Property(tries = 500)
    void catalogLint(@ForAll("spoils") Spoil s) throws Exception {
        sendJson("/api/v1/catalog/lint", spoil(LINT, s));
    }

    @Property(tries = 250)
    void whatIf(@ForAll("spoils") Spoil s) throws Exception {
        sendJson("/api/v1/ruleset/what-if" + (s.seed() % 3 == 0 ? "?format=html" : ""), spoil(WHAT_IF, s));
    }

    @Property(tries = 250)
    void whatIfReplay(@ForAll("spoils") Spoil s) throws Exception {
        check(auth(post("/api/v1/ruleset/what-if/replay")).param("format", s.seed() % 5 == 0 ? text(s) : "json")
                .contentType("application/json").content(spoil(REPLAY, s).getBytes(StandardCharsets.UTF_8)));
    }

    // ---- CSV uploads ----

    @Property(tries = 800)
    void creditImport(@ForAll("spoils") Spoil s) throws Exception {
        check(auth(post("/api/v1/credit-records:import")).contentType("text/csv")
                .content(csv(s, "subject_id,record,severity,recorded_on,repaired_on,source",
                        "640303199201014560,行政处罚（一般）,MINOR,2026-01-05,,信用平台")
                        .getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 700)
    void populationBatch(@ForAll("spoils") Spoil s) throws Exception {
        Random r = new Random(s.seed());
        String jurisdiction = r.nextInt(3) == 0 ? text(s) : "610100";
        String asOf = r.nextInt(3) == 0 ? text(s) : "2026-03-02";
        check(auth(post("/api/v1/policies/matches:batch")).param("jurisdiction", jurisdiction).param("asOf", asOf)
                .contentType("text/csv").content(csv(s, "key,type,age,employees,annualTaxableIncome,totalAssets",
                        "P1,NATURAL_PERSON,70,,,").getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The CSV the population run writes back: keys and cells a spreadsheet would run as formulas (=, +, -, @, tab, CR
     * first) arrive neutralised with a leading apostrophe; only numbers may start with a minus.
     */
    @Example
    void csvExportsNeutraliseFormulaInjection() throws Exception {
        String csv = "key,type,age,employees,annualTaxableIncome,totalAssets\n"
                + "\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",LEGAL_PERSON,,30,1000000,2000000\n"
                + "+cmd|' /C calc'!A0,LEGAL_PERSON,,30,1000000,2000000\n"
                + "-2+3,NATURAL_PERSON,=1+1,,,\n"
                + "@SUM(1+1),LEGAL_PERSON,,30,1000000,2000000\n"
                + "\"\t=1\",LEGAL_PERSON,,30,1000000,2000000\n";
        MvcResult started = mvc.perform(auth(post("/api/v1/policies/matches:batch")).param("jurisdiction", "610100")
                .param("asOf", "2026-03-02").contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8)))
                .andReturn();
        MvcResult done = mvc.perform(asyncDispatch(started)).andReturn();
        assertThat(done.getResponse().getStatus()).isEqualTo(200);
        String out = done.getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out)).getRecords();
        assertThat(rows.stream().map(r -> r.get("line")).distinct()).containsExactly("2", "3", "4", "5", "6");
        // A bad row (line 4: age "=1+1") is reported by line, its key not echoed.
        assertThat(rows.stream().map(r -> r.get("key")).distinct()).containsExactly(
                "'=HYPERLINK(\"http://x\",\"y\")", "'+cmd|' /C calc'!A0", "", "'@SUM(1+1)", "'=1"); // the tab is trimmed on input
        for (CSVRecord r : rows) {
            for (String cell : r) {
                assertThat(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || cell.matches("-?[0-9.]+"))
                        .as(cell + " in " + r).isTrue();
            }
        }
    }

    @Example
    void neutraliseMarksEveryFormulaStartAndNothingElse() {
        for (String formula : List.of("=1+1", "+1", "-1", "@A1", "\t=1", "\r=1")) {
            assertThat(Fields.neutralise(formula)).isEqualTo("'" + formula);
        }
        for (String plain : List.of("", "行政处罚（一般）", "a=b", "1-2", "'=1")) {
            assertThat(Fields.neutralise(plain)).isEqualTo(plain);
        }
    }

    // ---- GET endpoints: path and query values ----

    @Property(tries = 1200)
    void queries(@ForAll("spoils") Spoil s) throws Exception {
        String v = text(s);
        MockHttpServletRequestBuilder req = switch ((int) Math.floorMod(s.seed(), 16L)) {
            case 0 -> get("/api/v1/cases/{id}", v).param("asOf", "2026-03-02");
            case 1 -> get("/api/v1/cases/{id}", caseId).param("asOf", v);
            case 2 -> get("/api/v1/audit/decisions").param(pick(s, "kind", "from", "to", "matterCode", "outcome",
                    "applicantHash", "applicantId"), v);
            case 3 -> get("/api/v1/audit/decisions").param("limit", v);
            case 4 -> get("/api/v1/credit-records").param("subjectId", v).param("reason", v);
            case 5 -> get("/api/v1/credit-records/reads").param("subjectId", v);
            case 6 -> get("/api/v1/jurisdictions").param("asOf", v);
            case 7 -> get("/api/v1/jurisdictions/{code}", v);
            case 8 -> get("/api/v1/jurisdictions/{code}/matters", "640100").param("asOf", v);
            case 9 -> get("/api/v1/jurisdictions/{code}/matters/{m}", "640100", v);
            case 10 -> get("/api/v1/policies").param(pick(s, "jurisdiction", "asOf", "class"), v);
            case 11 -> get("/api/v1/policies/lists").param(pick(s, "jurisdiction", "asOf"), v);
            case 12 -> get("/api/v1/policies/attributes").param("x", v);
            case 13 -> get("/api/v1/ruleset").param("asOf", v);
            case 14 -> get("/api/v1/ruleset/reloads").param("limit", v);
            default -> get("/api/v1/credit-records");
        };
        check(auth(req));
    }

    // ---- spoiling ----

    static String text(Spoil s) {
        String bad = s.bad();
        return bad.startsWith("\"") ? JSON.readTree(bad).asString() : bad;
    }

    static String pick(Spoil s, String... names) {
        return names[(int) Math.floorMod(s.seed() >> 8, (long) names.length)];
    }

    static String pathId(String good, Spoil s) {
        return Math.floorMod(s.seed(), 7L) == 0
                ? java.net.URLEncoder.encode(text(s), StandardCharsets.UTF_8).replace("+", "%20") : good;
    }

    static String spoil(String base, Spoil s) {
        Random r = new Random(s.seed());
        switch (s.kind()) {
            case 7: { // truncated
                return base.substring(0, r.nextInt(base.length()));
            }
            case 8: { // a stray character
                int at = r.nextInt(base.length());
                String chars = "{}[]\",:\\'\u0000x1-";
                String junk = String.valueOf(chars.charAt(r.nextInt(chars.length())));
                return base.substring(0, at) + junk + base.substring(at);
            }
            case 9: { // deep nesting in place of a value
                int depth = 50 + r.nextInt(r.nextBoolean() ? 400 : 5_000);
                return replaceAt(base, r, "[".repeat(depth) + "]".repeat(depth));
            }
            case 10: { // a huge array in place of a value
                int n = 1_000 + r.nextInt(30_000);
                StringBuilder sb = new StringBuilder("[");
                String item = r.nextBoolean() ? "{\"code\":\"M01\",\"status\":\"PROVIDED\"}" : "\"M05\"";
                for (int i = 0; i < n; i++) {
                    sb.append(i == 0 ? "" : ",").append(item);
                }
                return replaceAt(base, r, sb.append(']').toString());
            }
            case 11: { // the whole body is something else
                return RAW_BODIES.get(r.nextInt(RAW_BODIES.size()));
            }
            case 12: { // an unknown field, and a field removed
                ObjectNode root = (ObjectNode) JSON.readTree(base);
                root.set("unexpected" + r.nextInt(3), JSON.readTree(s.bad()));
                List<String> names = new ArrayList<>(root.propertyNames());
                root.remove(names.get(r.nextInt(names.size())));
                return root.toString();
            }
            default: { // 1 to 3 values replaced by bad ones
                String body = replaceAt(base, r, s.bad());
                for (int i = 0; i < s.kind() % 3; i++) {
                    body = replaceAt(body, r, BAD_VALUES.get(r.nextInt(BAD_VALUES.size())));
                }
                return body;
            }
        }
    }

    /** Replaces one value (any depth, object member or array element) of a JSON document with a JSON literal. */
    static String replaceAt(String json, Random r, String literal) {
        JsonNode root = JSON.readTree(json);
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode parent = containers.get(r.nextInt(containers.size()));
        String marker = "\"@@" + r.nextLong() + "@@\"";
        if (parent instanceof ObjectNode o && !o.isEmpty()) {
            List<String> names = new ArrayList<>(o.propertyNames());
            o.set(names.get(r.nextInt(names.size())), JSON.readTree(marker));
        } else if (parent instanceof ArrayNode a && !a.isEmpty()) {
            a.set(r.nextInt(a.size()), JSON.readTree(marker));
        } else {
            return json;
        }
        return root.toString().replace(marker, literal);
    }

    static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainer() && !n.isEmpty()) {
            out.add(n);
            n.forEach(c -> collect(c, out));
        }
    }

    /** A CSV upload with bad headers, cells, quoting, widths and sizes. */
    static String csv(Spoil s, String header, String goodRow) {
        Random r = new Random(s.seed());
        String cell = text(s).replace("\u0000", "");
        List<String> cols = new ArrayList<>(List.of(header.split(",")));
        StringBuilder sb = new StringBuilder();
        switch (s.kind() % 6) {
            case 0 -> cols.set(r.nextInt(cols.size()), cell.isBlank() ? "x" : cell.replace(",", ";"));
            case 1 -> cols.remove(r.nextInt(cols.size()));
            case 2 -> cols.add(cols.get(r.nextInt(cols.size())));
            default -> { }
        }
        if (s.kind() != 11) {
            sb.append(String.join(",", cols)).append('\n');
        }
        int rows = s.kind() == 10 ? 1_000 : 1 + r.nextInt(5);
        for (int i = 0; i < rows; i++) {
            String[] cells = goodRow.split(",", -1);
            cells[r.nextInt(cells.length)] = switch (r.nextInt(4)) {
                case 0 -> "\"" + cell.replace("\"", "\"\"") + "\"";
                case 1 -> cell.replace(",", "").replace("\n", "").replace("\r", "").replace("\"", "");
                case 2 -> "\"unbalanced" + cell;
                default -> cell.replace("\"", "") + ",extra,columns";
            };
            sb.append(String.join(",", cells)).append(r.nextInt(5) == 0 ? "\r\n" : "\n");
        }
        return s.kind() == 9 ? sb.substring(0, r.nextInt(sb.length() + 1)) : sb.toString();
    }

    // ---- the checks ----

    static void sendJson(String path, String body) throws Exception {
        check(auth(post(java.net.URI.create(path))).contentType("application/json").content(body.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Long> rows() {
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < TABLES.length; i++) {
            sql.append(i == 0 ? "" : ", ").append("(select count(*) from ").append(TABLES[i]).append(')');
        }
        return jdbc.sql(sql.toString()).query((rs, n) -> {
            List<Long> counts = new ArrayList<>();
            for (int i = 1; i <= TABLES.length; i++) {
                counts.add(rs.getLong(i));
            }
            return counts;
        }).single();
    }

    static void check(MockHttpServletRequestBuilder request) throws Exception {
        TOTAL.incrementAndGet();
        List<Long> before = rows();
        MvcResult result = mvc.perform(request).andReturn();
        if (result.getRequest().isAsyncStarted()) {
            // A streamed answer (the population batch): its status and body, and what it stored, are known only once
            // it has finished; reading them before would race the stream.
            result = mvc.perform(asyncDispatch(result)).andReturn();
        }
        int status = result.getResponse().getStatus();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        String shown = body.length() > 600 ? body.substring(0, 600) + "…" : body;
        assertThat(status).as("no 5xx: " + shown).isLessThan(500);
        if (status < 400) {
            return;
        }
        assertThat(result.getResponse().getContentType()).as(status + " " + shown)
                .startsWith("application/problem+json");
        JsonNode p = JSON.readTree(body);
        assertThat(p.path("status").asInt()).isEqualTo(status);
        assertThat(p.path("title").asString()).isNotBlank();
        if (status == 400 || status == 422 || status == 415) {
            assertThat(p.path("errors").isArray() && !p.path("errors").isEmpty()).as("fields named: " + shown).isTrue();
            p.path("errors").forEach(e -> {
                assertThat(e.path("field").asString()).as(shown).isNotBlank();
                assertThat(e.path("message").asString()).as(shown).isNotBlank();
            });
        }
        assertThat(rows()).as("nothing stored from a rejected request: " + shown).isEqualTo(before);
    }
}
