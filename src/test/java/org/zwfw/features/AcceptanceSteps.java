package org.zwfw.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.zwfw.engine.RuleSetHolder;
import org.zwfw.TestApi;

import io.cucumber.java.After;
import io.cucumber.java.zh_cn.假如;
import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.而且;
import io.cucumber.java.zh_cn.那么;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Steps in the words of the regulations: an application is built, sent over HTTP, and the answer checked. */
public class AcceptanceSteps {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> GROUPS = Map.of("军人", "MILITARY", "老年人", "ELDERLY",
            "残疾人", "DISABLED", "孕妇", "PREGNANT");

    @Value("${local.server.port}")
    int port;

    @Autowired
    RuleSetHolder rules;

    private ScenarioRules scenarioRules;
    private final ObjectNode request = JSON.createObjectNode();
    private final Map<String, String> materials = new LinkedHashMap<>();
    private int status;
    private JsonNode answer;
    private String caseId;
    private String caseState;

    @After
    public void restoreRules() {
        if (scenarioRules != null) {
            scenarioRules.restore();
        }
    }

    // ---- the application ----

    @假如("在 {string} 于 {string} 申请办理事项 {string}")
    public void application(String jurisdiction, String asOf, String matter) {
        request.put("jurisdiction", jurisdiction);
        request.put("asOf", asOf);
        request.put("matterCode", matter);
        request.put("route", "ORDINARY");
    }

    @而且("申请人是法人 {string}")
    public void legalPerson(String id) {
        applicant("LEGAL_PERSON", id);
    }

    @而且("申请人是自然人 {string}")
    public void naturalPerson(String id) {
        applicant("NATURAL_PERSON", id);
    }

    private void applicant(String type, String id) {
        ObjectNode a = request.putObject("applicant");
        a.put("type", type);
        a.put("id", id);
        a.putArray("groups");
    }

    @而且("申请人属于特殊群体 {string}")
    public void groups(String list) {
        ArrayNode g = ((ObjectNode) request.get("applicant")).putArray("groups");
        for (String x : split(list)) {
            g.add(GROUPS.getOrDefault(x, x));
        }
    }

    @而且("已提交材料 {string}")
    public void provided(String codes) {
        split(codes).forEach(c -> materials.put(c, "PROVIDED"));
    }

    @而且("缺少材料 {string}")
    public void missing(String codes) {
        split(codes).forEach(c -> materials.put(c, "MISSING"));
    }

    @而且("材料 {string} 不符合法定形式")
    public void notLegalForm(String codes) {
        split(codes).forEach(c -> materials.put(c, "NOT_LEGAL_FORM"));
    }

    @而且("申请人已签署书面承诺")
    public void signed() {
        request.putObject("commitment").put("signed", true);
    }

    @而且("申请人已签署书面承诺，承诺于 {string} 前补齐")
    public void signedBy(String date) {
        ObjectNode c = request.putObject("commitment");
        c.put("signed", true);
        c.put("supplementBy", date);
    }

    @而且("申请人已签署告知承诺书")
    public void letterSigned() {
        request.putObject("commitmentLetter").put("signed", true);
    }

    @而且("窗口要求提供材料 {string}")
    public void demandedCodes(String codes) {
        split(codes).forEach(c -> demanded().addObject().put("code", c));
    }

    @而且("窗口要求提供名为 {string} 的材料")
    public void demandedName(String name) {
        demanded().addObject().put("name", name);
    }

    private ArrayNode demanded() {
        return request.has("demanded") ? (ArrayNode) request.get("demanded") : request.putArray("demanded");
    }

    @而且("通过网上申请")
    public void online() {
        request.put("channel", "ONLINE");
    }

    @而且("在窗口申请")
    public void window() {
        request.put("channel", "WINDOW");
    }

    @而且("申请材料于 {string} 收到")
    public void receivedOn(String date) {
        request.put("receivedOn", date);
    }

    @而且("申请人选择告知承诺制")
    public void commitmentRoute() {
        request.put("route", "COMMITMENT");
    }

    @而且("申请人未签署书面承诺")
    public void notSigned() {
        request.putObject("commitment").put("signed", false);
    }

    @假如("分析员把证明 {string} 从 {string} 的保留证明事项清单中删除")
    public void dropRetainedProof(String proof, String jurisdiction) throws IOException {
        scenarioRules = new ScenarioRules(rules);
        Path scratch = scenarioRules.copy();
        String folder = rules.current().catalog().jurisdiction(jurisdiction).orElseThrow().folder();
        Path list = scratch.resolve(folder).resolve("catalog/retained-proofs.csv");
        CSVFormat fmt = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<CSVRecord> kept = new ArrayList<>();
        List<String> header;
        try (Reader in = Files.newBufferedReader(list, StandardCharsets.UTF_8)) {
            var parser = fmt.parse(in);
            header = parser.getHeaderNames();
            parser.forEach(r -> {
                if (!r.get("proof_name").equals(proof)) {
                    kept.add(r);
                }
            });
        }
        assertThat(kept).as("the proof was on the list before").hasSizeLessThan(countRows(list));
        try (Writer out = Files.newBufferedWriter(list, StandardCharsets.UTF_8);
             CSVPrinter p = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
            for (CSVRecord r : kept) {
                p.printRecord(r.values());
            }
        }
        scenarioRules.install();
    }

    private static int countRows(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return (int) CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).stream().count();
        }
    }

    // ---- sending it ----

    @当("提交受理申请")
    public void submit() throws Exception {
        ArrayNode list = request.putArray("materials");
        materials.forEach((code, st) -> list.addObject().put("code", code).put("status", st));
        post(JSON.writeValueAsString(request));
    }

    @当("提交受理申请，请求体为:")
    public void submitRaw(String body) throws Exception {
        post(body);
    }

    private void post(String body) throws Exception {
        send("/api/v1/decisions/acceptance", body);
    }

    private void send(String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (body == null) {
            b.GET();
        } else {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        HttpResponse<String> r = TestApi.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        status = r.statusCode();
        answer = r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
    }

    // ---- cases ----

    @当("开立案件")
    public void openCase() throws Exception {
        ArrayNode list = request.putArray("materials");
        materials.forEach((code, st) -> list.addObject().put("code", code).put("status", st));
        send("/api/v1/cases", JSON.writeValueAsString(request));
        assertThat(status).as("opening a case, answer %s", answer).isEqualTo(201);
        caseId = answer.path("caseId").asString();
        caseState = answer.path("state").asString();
        answer = answer.path("decision");
    }

    @当("于 {string} 查询案件")
    public void readCase(String date) throws Exception {
        send("/api/v1/cases/" + caseId + "?asOf=" + date, null);
        caseState = answer.path("state").asString();
    }

    @当("于 {string} 补正材料 {string}")
    public void supplementCase(String date, String codes) throws Exception {
        supplement(date, codes, "");
    }

    @当("于 {string} 补正材料 {string}，其中 {string} 不符合要求")
    public void supplementCaseNonConforming(String date, String codes, String nonConforming) throws Exception {
        supplement(date, codes, nonConforming);
    }

    @当("于 {string} 提交的补正材料 {string} 不符合要求")
    public void nonConformingSupplement(String date, String nonConforming) throws Exception {
        supplement(date, "", nonConforming);
    }

    /** {@code codes}: materials that meet the requirements; {@code nonConforming}: those handed in that do not. */
    private void supplement(String date, String codes, String nonConforming) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("date", date);
        ArrayNode m = body.putArray("materials");
        List<String> bad = split(nonConforming);
        split(codes).stream().filter(c -> !bad.contains(c)).forEach(m::add);
        if (!bad.isEmpty()) {
            ArrayNode n = body.putArray("nonConforming");
            bad.forEach(n::add);
        }
        send("/api/v1/cases/" + caseId + "/supplements", JSON.writeValueAsString(body));
        caseState = status == 200 ? answer.path("state").asString() : caseState;
    }

    @而且("案件仍欠缺材料 {string}")
    public void caseStillMissing(String codes) {
        List<String> got = new ArrayList<>();
        answer.path("missing").forEach(x -> got.add(x.asString()));
        assertThat(got).as("missing in %s", answer).containsExactlyElementsOf(split(codes));
    }

    @而且("引用 {string} 的案件理由依据为 {string}")
    public void caseReasonBasis(String clause, String basis) {
        List<JsonNode> citing = new ArrayList<>();
        answer.path("reasons").forEach(r -> {
            if (r.path("clause").asString().equals(clause)) {
                citing.add(r);
            }
        });
        assertThat(citing).as("reasons citing %s in %s", clause, answer).isNotEmpty()
                .allSatisfy(r -> assertThat(r.path("basis").asString()).isEqualTo(basis));
    }

    @当("于 {string} 核查承诺，结果为 {string}")
    public void verifyCase(String date, String result) throws Exception {
        verify(JSON.createObjectNode().put("date", date).put("result", result));
    }

    @当("于 {string} 核查承诺未履行，责令于 {string} 前整改")
    public void orderRectification(String date, String by) throws Exception {
        verify(JSON.createObjectNode().put("date", date).put("result", "NOT_FULFILLED").put("rectifyBy", by));
    }

    private void verify(ObjectNode body) throws Exception {
        send("/api/v1/cases/" + caseId + "/verifications", JSON.writeValueAsString(body));
        caseState = status == 200 ? answer.path("state").asString() : caseState;
    }

    @那么("案件状态为 {string}")
    public void caseStateIs(String expected) {
        assertThat(caseState).as("case state, last answer %s", answer).isEqualTo(expected);
    }

    @而且("案件历史有 {int} 条记录")
    public void historySize(int n) throws Exception {
        send("/api/v1/cases/" + caseId, null);
        assertThat(answer.path("history").size()).as("history in %s", answer).isEqualTo(n);
    }

    // ---- the answer ----

    @那么("受理结论为 {string}")
    public void outcome(String expected) {
        // 200 for a decision, 201 when it opened a case.
        assertThat(status).as("HTTP status, answer %s", answer).isIn(200, 201);
        assertThat(answer.path("outcome").asString()).as("outcome, answer %s", answer).isEqualTo(expected);
    }

    @而且("理由引用 {string}")
    public void cites(String clause) {
        assertThat(clauses()).as("clauses cited").contains(clause);
    }

    @而且("理由不引用 {string}")
    public void doesNotCite(String clause) {
        assertThat(clauses()).as("clauses cited").doesNotContain(clause);
    }

    @而且("没有理由引用 {string} 的条文")
    public void citesNothingOf(String title) {
        assertThat(clauses()).as("clauses cited").noneMatch(c -> c.startsWith(title + " "));
    }

    @而且("理由中没有提到 {string}")
    public void reasonDoesNotMention(String text) {
        List<String> texts = new ArrayList<>();
        answer.path("reasons").forEach(r -> texts.add(r.path("text").asString()));
        assertThat(texts).as("reason texts").noneMatch(t -> t.contains(text));
    }

    @而且("理由中提到 {string}")
    public void reasonMentions(String text) {
        List<String> texts = new ArrayList<>();
        answer.path("reasons").forEach(r -> texts.add(r.path("text").asString()));
        assertThat(texts).as("reason texts").anyMatch(t -> t.contains(text));
    }

    @而且("引用 {string} 的理由依据为 {string}")
    public void basisOf(String clause, String basis) {
        assertThat(reasonsCiting(clause)).as("reasons citing %s, answer %s", clause, answer)
                .anyMatch(r -> r.path("basis").asString().equals(basis));
    }

    @而且("引用 {string} 的理由为裁量")
    public void discretionary(String clause) {
        assertThat(reasonsCiting(clause)).as("reasons citing %s, answer %s", clause, answer)
                .isNotEmpty().allMatch(r -> r.path("discretionary").asBoolean());
    }

    @而且("引用 {string} 的理由不是裁量")
    public void notDiscretionary(String clause) {
        assertThat(reasonsCiting(clause)).as("reasons citing %s, answer %s", clause, answer)
                .isNotEmpty().noneMatch(r -> r.path("discretionary").asBoolean());
    }

    @而且("引用 {string} 的理由依据解释条目 {string}")
    public void interpretationOf(String clause, String id) {
        assertThat(reasonsCiting(clause)).as("reasons citing %s, answer %s", clause, answer)
                .anyMatch(r -> r.path("interpretation").asString().equals(id)
                        || r.path("interpretations").valueStream().anyMatch(v -> v.asString().equals(id)));
    }

    @而且("引用 {string} 的理由列明清单 {string}")
    public void listOf(String clause, String list) {
        assertThat(reasonsCiting(clause)).as("reasons citing %s, answer %s", clause, answer)
                .anyMatch(r -> r.path("list").path("name").asString().equals(list)
                        && !r.path("list").path("row").asString().isEmpty());
    }

    @而且("每条理由都说明依据")
    public void everyReasonHasABasis() {
        assertThat(answer.path("reasons").valueStream().toList()).as("reasons, answer %s", answer).isNotEmpty()
                .allMatch(r -> List.of("TEXT", "LIST", "INTERPRETATION").contains(r.path("basis").asString()))
                .allMatch(r -> !"LIST".equals(r.path("basis").asString()) || r.has("list") || r.has("interpretation")
                        || !r.path("clause").asString().isEmpty())
                .allMatch(r -> !"INTERPRETATION".equals(r.path("basis").asString()) || r.has("interpretation"));
    }

    @而且("应出具 {string}")
    public void noticeKind(String kind) {
        assertThat(answer.path("notice").path("kind").asString()).as("notice, answer %s", answer).isEqualTo(kind);
    }

    @而且("应于 {string} 前一次告知，逾期视为受理")
    public void noticeBy(String date) {
        assertThat(answer.path("notice").path("by").asString()).as("notice, answer %s", answer).isEqualTo(date);
        assertThat(answer.path("notice").path("ifLate").asString()).isEqualTo("DEEMED_ACCEPTED");
    }

    @而且("没有告知期限")
    public void noNoticeDeadline() {
        assertThat(answer.path("notice").has("by")).as("notice, answer %s", answer).isFalse();
    }

    @而且("法定办结日期为 {string}")
    public void legalDueDate(String date) {
        assertThat(answer.path("legalDueDate").asString()).as("legalDueDate, answer %s", answer).isEqualTo(date);
    }

    @而且("答复列出冲突 {string}")
    public void conflict(String code) {
        List<String> codes = new ArrayList<>();
        answer.path("conflicts").forEach(c -> codes.add(c.path("code").asString()));
        assertThat(codes).as("conflicts, answer %s", answer).contains(code);
    }

    @而且("答复没有冲突")
    public void noConflict() {
        assertThat(answer.path("conflicts").size()).as("conflicts, answer %s", answer).isZero();
    }

    private List<JsonNode> reasonsCiting(String clause) {
        List<JsonNode> out = new ArrayList<>();
        answer.path("reasons").forEach(r -> {
            if (r.path("clause").asString().equals(clause)) {
                out.add(r);
            }
        });
        return out;
    }

    private List<String> clauses() {
        List<String> out = new ArrayList<>();
        answer.path("reasons").forEach(r -> out.add(r.path("clause").asString()));
        return out;
    }

    @而且("需补正材料为 {string}")
    public void supplementMaterials(String codes) {
        List<String> got = new ArrayList<>();
        answer.path("supplement").path("materials").forEach(m -> got.add(m.path("code").asString()));
        assertThat(got).as("materials to supplement").containsExactlyElementsOf(split(codes));
    }

    @而且("材料 {string} 的补正问题为 {string}")
    public void supplementProblem(String code, String problem) {
        List<String> got = new ArrayList<>();
        answer.path("supplement").path("materials").forEach(m -> {
            if (m.path("code").asString().equals(code)) {
                got.add(m.path("problem").asString());
            }
        });
        assertThat(got).containsExactly(problem);
    }

    @而且("补正期限为 {string}")
    public void deadline(String date) {
        assertThat(answer.path("supplement").path("deadline").asString()).isEqualTo(date);
    }

    @而且("逾期后果为 {string}")
    public void lateConsequence(String value) {
        assertThat(answer.path("supplement").path("lateConsequence").asString()).isEqualTo(value);
    }

    @而且("办结日期为 {string}")
    public void dueDate(String date) {
        assertThat(answer.path("dueDate").asString()).as("dueDate, answer %s", answer).isEqualTo(date);
    }

    /**
     * A date of the answer was counted past the last year of the holiday calendar on file, on the statutory holidays
     * alone (api.md {@code provisional}); a reason names the year whose 节假日安排 is missing.
     */
    @而且("答复为临时结论，缺少 {string} 年的节假日安排")
    public void provisional(String year) {
        assertThat(answer.path("provisional").asBoolean()).as("provisional, answer %s", answer).isTrue();
        List<String> texts = new ArrayList<>();
        answer.path("reasons").forEach(r -> texts.add(r.path("text").asString()));
        assertThat(texts).as("a reason naming the missing year").anyMatch(t -> t.contains("尚未收录") && t.contains(year + " 年"));
    }

    /** The case read (GET /cases/{id}) still says its decision's dates were counted provisionally. */
    @而且("案件标明为临时结论")
    public void caseProvisional() {
        assertThat(answer.path("provisional").asBoolean()).as("provisional, case %s", answer).isTrue();
    }

    @而且("答复不是临时结论")
    public void notProvisional() {
        assertThat(answer.has("provisional")).as("provisional present in %s", answer).isFalse();
    }

    @而且("没有办结日期")
    public void noDueDate() {
        assertThat(answer.has("dueDate")).as("dueDate present in %s", answer).isFalse();
    }

    @而且("当场办结")
    public void onTheSpot() {
        assertThat(answer.path("completedOnTheSpot").asBoolean()).isTrue();
    }

    @而且("不当场办结")
    public void notOnTheSpot() {
        assertThat(answer.path("completedOnTheSpot").asBoolean()).isFalse();
    }

    @而且("免提交材料为 {string}")
    public void waived(String codes) {
        assertThat(codes(answer.path("waived"))).containsExactlyElementsOf(split(codes));
    }

    @而且("没有免提交材料")
    public void noneWaived() {
        assertThat(codes(answer.path("waived"))).isEmpty();
    }

    @而且("违规索要的证明为 {string}")
    public void unlawful(String codes) {
        assertThat(codes(answer.path("unlawfulDemands"))).containsExactlyElementsOf(split(codes));
    }

    @而且("违规索要的材料为 {string}")
    public void unlawfulMaterials(String list) {
        List<String> out = new ArrayList<>();
        answer.path("unlawfulDemands").forEach(x -> out.add(x.path("code").isString() ? x.path("code").asString()
                : x.path("name").asString()));
        assertThat(out).as("unlawfulDemands in %s", answer).containsExactlyElementsOf(split(list));
    }

    @而且("违规索要 {string} 的问题为 {string}")
    public void unlawfulProblem(String material, String problem) {
        List<String> problems = new ArrayList<>();
        answer.path("unlawfulDemands").forEach(x -> {
            if (material.equals(x.path("code").asString()) || material.equals(x.path("name").asString())) {
                problems.add(x.path("problem").asString());
            }
        });
        assertThat(problems).as("unlawfulDemands in %s", answer).containsExactly(problem);
    }

    @而且("没有违规索要的证明")
    public void noUnlawful() {
        assertThat(codes(answer.path("unlawfulDemands"))).isEmpty();
    }

    @而且("提供优先服务")
    public void priority() {
        assertThat(answer.path("priorityService").asBoolean()).as("priorityService in %s", answer).isTrue();
    }

    @而且("不提供优先服务")
    public void noPriority() {
        assertThat(answer.path("priorityService").asBoolean()).as("priorityService in %s", answer).isFalse();
    }

    @而且("适用的文件包括 {string}")
    public void instrumentApplies(String title) {
        assertThat(instruments()).contains(title);
    }

    @而且("适用的文件不包括 {string}")
    public void instrumentDoesNotApply(String title) {
        assertThat(instruments()).doesNotContain(title);
    }

    private List<String> instruments() {
        List<String> out = new ArrayList<>();
        answer.path("ruleset").path("instruments").forEach(i -> out.add(i.asString()));
        return out;
    }

    @那么("返回状态 {int}")
    public void httpStatus(int expected) {
        assertThat(status).as("HTTP status, answer %s", answer).isEqualTo(expected);
    }

    @而且("错误指向字段 {string}")
    public void errorField(String field) {
        List<String> fields = new ArrayList<>();
        answer.path("errors").forEach(e -> fields.add(e.path("field").asString()));
        assertThat(fields).as("fields named in %s", answer).contains(field);
    }

    @而且("错误说明提到 {string}")
    public void errorMentions(String text) {
        assertThat(answer.toString()).contains(text);
    }

    private static List<String> codes(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.path("code").asString()));
        return out;
    }

    private static List<String> split(String list) {
        if (list.isBlank()) {
            return List.of();
        }
        return Arrays.stream(list.split("[,，、]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
