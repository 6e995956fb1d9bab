package org.zwfw.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.zwfw.catalog.Jurisdiction;
import org.zwfw.engine.RuleSetHolder;
import org.zwfw.TestApi;

import io.cucumber.java.After;
import io.cucumber.java.zh_cn.假如;
import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.而且;
import io.cucumber.java.zh_cn.那么;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fee steps (POST /api/v1/decisions/fee) in the words of the regulations. Their own phrases ("缴费人…", "收费理由…"),
 * so they never clash with the acceptance steps. An analyst's change to the fee data is made in a copy of the rules
 * installed for one scenario and the sample rules are restored after it.
 */
public class FeeSteps {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    private static final Map<String, String> SCALES = Map.of("大型", "LARGE", "中型", "MEDIUM", "小型", "SMALL", "微型", "MICRO");

    @Value("${local.server.port}")
    int port;

    @Autowired
    RuleSetHolder rules;

    private ScenarioRules scenarioRules;
    private final ObjectNode request = JSON.createObjectNode();
    private int status;
    private JsonNode answer;

    @After
    public void restoreRules() {
        if (scenarioRules != null) {
            scenarioRules.restore();
        }
    }

    // ---- the question ----

    @假如("在 {string} 于 {string} 查询事项 {string} 的收费")
    public void question(String jurisdiction, String asOf, String matter) {
        request.put("jurisdiction", jurisdiction);
        request.put("asOf", asOf);
        request.put("matterCode", matter);
    }

    @而且("缴费人是法人 {string}")
    public void legalPerson(String id) {
        applicant("LEGAL_PERSON", id);
    }

    @而且("缴费人是自然人 {string}")
    public void naturalPerson(String id) {
        applicant("NATURAL_PERSON", id);
    }

    @而且("缴费人是{word}企业 {string}")
    public void enterprise(String scale, String id) {
        applicant("LEGAL_PERSON", id);
        ((ObjectNode) request.get("applicant")).put("enterpriseScale", SCALES.getOrDefault(scale, scale));
    }

    private void applicant(String type, String id) {
        ObjectNode a = request.putObject("applicant");
        a.put("type", type);
        a.put("id", id);
        a.putArray("groups");
    }

    @而且("发放不动产权证书 {int} 本")
    public void certificates(int n) {
        request.put("certificates", n);
    }

    @而且("住房类型为 {string}")
    public void housingType(String type) {
        request.put("housingType", type);
    }

    @而且("登记原因为 {string}")
    public void registrationReason(String reason) {
        request.put("registrationReason", reason);
    }

    @而且("缴费人在线申请办理")
    public void online() {
        request.put("channel", "ONLINE");
    }

    @而且("缴费人在窗口申请办理")
    public void window() {
        request.put("channel", "WINDOW");
    }

    // ---- analysts' changes, for one scenario ----

    @假如("分析员在规则副本中把事项 {string} 的收费项目设为 {string}")
    public void linkFee(String matter, String fee) throws IOException {
        Path copy = copy();
        String folder = rules.current().catalog().jurisdictions().values().stream()
                .filter(j -> rules.current().catalog().of(j.code()).matters().containsKey(matter))
                .map(Jurisdiction::folder).findFirst().orElseThrow(() -> new AssertionError("no catalog lists " + matter));
        setCell(copy.resolve(folder).resolve("catalog/matters.csv"), "matter_code", matter, "fee_code", fee);
        install();
    }

    @假如("分析员在规则副本中把收费项目 {string} 的依据层级改为 {string}")
    public void basisLevel(String fee, String level) throws IOException {
        setCell(copy().resolve("national/fees/fee-standards.csv"), "fee_code", fee, "basis_level", level);
        install();
    }

    /** The scenario's copy of the rules, made on its first change. */
    private Path copy() throws IOException {
        if (scenarioRules == null) {
            scenarioRules = new ScenarioRules(rules);
        }
        return scenarioRules.copy();
    }

    private void install() {
        scenarioRules.install();
    }

    private static void setCell(Path csv, String keyColumn, String key, String column, String value) throws IOException {
        List<String> header;
        List<List<String>> rows = new ArrayList<>();
        boolean found = false;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            var parser = CSV.parse(in);
            header = parser.getHeaderNames();
            for (CSVRecord r : parser) {
                List<String> values = new ArrayList<>(Arrays.asList(r.values()));
                if (r.get(keyColumn).equals(key)) {
                    values.set(header.indexOf(column), value);
                    found = true;
                }
                rows.add(values);
            }
        }
        assertThat(found).as("%s has a row %s", csv, key).isTrue();
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
             CSVPrinter p = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
            for (List<String> r : rows) {
                p.printRecord(r);
            }
        }
    }

    // ---- sending it ----

    @当("查询应缴费用")
    public void ask() throws Exception {
        send(JSON.writeValueAsString(request));
    }

    @当("查询应缴费用，请求体为:")
    public void askRaw(String body) throws Exception {
        send(body);
    }

    private void send(String body) throws Exception {
        HttpResponse<String> r = TestApi.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/decisions/fee"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        status = r.statusCode();
        answer = r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
    }

    // ---- the answer ----

    @那么("应缴金额为 {string} 元")
    public void amount(String yuan) {
        assertThat(status).as("HTTP status, answer %s", answer).isEqualTo(200);
        assertThat(answer.path("amountYuan").decimalValue()).as("amountYuan in %s", answer)
                .isEqualByComparingTo(new BigDecimal(yuan));
    }

    @而且("收费项目为 {string}")
    public void items(String codes) {
        assertThat(fields(answer.path("items"), "fee")).containsExactlyElementsOf(split(codes));
    }

    @而且("收费项目 {string} 的金额为 {string} 元")
    public void itemAmount(String fee, String yuan) {
        List<BigDecimal> got = new ArrayList<>();
        answer.path("items").forEach(i -> {
            if (i.path("fee").asString().equals(fee)) {
                got.add(i.path("amountYuan").decimalValue());
            }
        });
        assertThat(got).as("items in %s", answer).singleElement()
                .satisfies(v -> assertThat(v).isEqualByComparingTo(new BigDecimal(yuan)));
    }

    @而且("每个收费项目的依据都包括 {string}")
    public void basis(String text) {
        assertThat(fields(answer.path("items"), "basis")).isNotEmpty().allMatch(b -> b.contains(text));
    }

    @而且("减免包括 {string}")
    public void exemption(String reason) {
        assertThat(fields(answer.path("exemptions"), "reason")).as("exemptions in %s", answer).contains(reason);
    }

    @而且("减免 {string} 的依据包括 {string}")
    public void exemptionBasis(String reason, String text) {
        List<String> bases = new ArrayList<>();
        answer.path("exemptions").forEach(e -> {
            if (e.path("reason").asString().equals(reason)) {
                bases.add(e.path("basis").asString());
            }
        });
        assertThat(bases).isNotEmpty().allMatch(b -> b.contains(text));
    }

    @而且("减免不包括 {string}")
    public void noSuchExemption(String reason) {
        assertThat(fields(answer.path("exemptions"), "reason")).as("exemptions in %s", answer).doesNotContain(reason);
    }

    @而且("没有减免")
    public void noExemption() {
        assertThat(answer.path("exemptions").size()).as("exemptions in %s", answer).isZero();
    }

    @而且("收费合法")
    public void lawful() {
        assertThat(answer.path("lawful").asBoolean()).as("lawful in %s", answer).isTrue();
    }

    @而且("收费不合法")
    public void unlawful() {
        assertThat(answer.path("lawful").asBoolean()).as("lawful in %s", answer).isFalse();
    }

    @而且("支付方式为 {string}")
    public void paymentMethods(String methods) {
        List<String> got = new ArrayList<>();
        answer.path("paymentMethods").forEach(m -> got.add(m.asString()));
        assertThat(got).containsExactlyElementsOf(split(methods));
    }

    @而且("没有支付方式")
    public void noPaymentMethods() {
        assertThat(answer.path("paymentMethods").size()).as("paymentMethods in %s", answer).isZero();
    }

    @而且("收费理由引用 {string}")
    public void cites(String clause) {
        assertThat(fields(answer.path("reasons"), "clause")).as("clauses cited in %s", answer).contains(clause);
    }

    @而且("收费理由不引用 {string}")
    public void doesNotCite(String clause) {
        assertThat(fields(answer.path("reasons"), "clause")).as("clauses cited in %s", answer).doesNotContain(clause);
    }

    @而且("收费理由不引用 {string} 的任何条文")
    public void citesNothingOf(String title) {
        assertThat(fields(answer.path("reasons"), "clause")).as("clauses cited in %s", answer)
                .noneMatch(c -> c.startsWith(title));
    }

    @而且("引用 {string} 的收费理由依据为 {string}")
    public void clauseBasis(String clause, String basis) {
        assertThat(citing(clause)).as("reasons citing %s in %s", clause, answer).isNotEmpty()
                .allSatisfy(r -> assertThat(r.path("basis").asString()).isEqualTo(basis));
    }

    @而且("引用 {string} 的收费理由依据解释条目 {string}")
    public void clauseInterpretation(String clause, String id) {
        assertThat(citing(clause)).as("reasons citing %s in %s", clause, answer)
                .anyMatch(r -> r.path("interpretation").asString().equals(id));
    }

    @而且("引用 {string} 的收费理由列明清单 {string} 的 {string} 行，来源包括 {string}")
    public void clauseListRow(String clause, String list, String row, String source) {
        assertThat(citing(clause)).as("reasons citing %s in %s", clause, answer)
                .anyMatch(r -> r.path("list").path("name").asString().equals(list)
                        && r.path("list").path("row").asString().equals(row)
                        && r.path("list").path("source").asString().contains(source));
    }

    private List<JsonNode> citing(String clause) {
        List<JsonNode> out = new ArrayList<>();
        answer.path("reasons").forEach(r -> {
            if (r.path("clause").asString().equals(clause)) {
                out.add(r);
            }
        });
        return out;
    }

    @而且("收费理由中提到 {string}")
    public void mentions(String text) {
        assertThat(fields(answer.path("reasons"), "text")).as("reasons in %s", answer).anyMatch(t -> t.contains(text));
    }

    @而且("引用 {string} 的收费理由中提到 {string}")
    public void clauseMentions(String clause, String text) {
        List<String> texts = new ArrayList<>();
        answer.path("reasons").forEach(r -> {
            if (r.path("clause").asString().equals(clause)) {
                texts.add(r.path("text").asString());
            }
        });
        assertThat(texts).as("reasons citing %s in %s", clause, answer).anyMatch(t -> t.contains(text));
    }

    @那么("收费查询返回状态 {int}")
    public void httpStatus(int expected) {
        assertThat(status).as("HTTP status, answer %s", answer).isEqualTo(expected);
    }

    @而且("收费查询错误指向字段 {string}")
    public void errorField(String field) {
        assertThat(fields(answer.path("errors"), "field")).as("fields named in %s", answer).contains(field);
    }

    private static List<String> fields(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.path(field).asString()));
        return out;
    }

    private static List<String> split(String list) {
        if (list.isBlank()) {
            return List.of();
        }
        return Arrays.stream(list.split("[,，、]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
