package org.zwfw.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** What the page-example comparison lets through and what it does not; the one curl shape the pages use. */
class JsonMatchTest {
    static List<String> diff(String shown, String actual, boolean abridged) {
        JsonNode s = JsonMatch.JSON.readTree(shown);
        return JsonMatch.differences(s, JsonMatch.JSON.readTree(actual), abridged);
    }

    @Test
    void theSameTreeInAnotherFieldOrderMatches() {
        assertThat(diff("{\"a\":1,\"b\":[\"x\",{\"c\":true}]}", "{\"b\":[\"x\",{\"c\":true}],\"a\":1}", false)).isEmpty();
    }

    @Test
    void anEllipsisStandsForAnyValueAndForAnyTextInsideAString() {
        assertThat(diff("{\"version\":\"…\",\"n\":\"…\"}", "{\"version\":\"ab12\",\"n\":108}", false)).isEmpty();
        assertThat(diff("{\"t\":\"依据…（规范性文件）\"}", "{\"t\":\"依据《通知》（规范性文件）\"}", false)).isEmpty();
        assertThat(diff("{\"t\":\"依据…（规范性文件）\"}", "{\"t\":\"依据《通知》（部门规章）\"}", false)).hasSize(1);
        assertThat(diff("{\"t\":\"…\"}", "{}", false)).containsExactly("$.t: shown, not in the answer");
    }

    @Test
    void aValueAFieldOrAnElementMoreOrLessIsADifference() {
        assertThat(diff("{\"a\":\"x\"}", "{\"a\":\"y\"}", false)).containsExactly("$.a: shown \"x\", answered \"y\"");
        assertThat(diff("{\"a\":1}", "{\"a\":1,\"b\":2}", false)).containsExactly("$.b: answered 2, not shown");
        assertThat(diff("{\"a\":[1,2]}", "{\"a\":[1,2,3]}", true)).hasSize(1);
        assertThat(diff("{\"a\":[2,1]}", "{\"a\":[1,2]}", true)).hasSize(2);
    }

    @Test
    void anAbridgedAnswerMayHaveMoreFieldsButNotOtherValues() {
        assertThat(diff("{\"a\":{\"b\":1}}", "{\"a\":{\"b\":1,\"c\":2},\"d\":3}", true)).isEmpty();
        assertThat(diff("{\"a\":{\"b\":1}}", "{\"a\":{\"b\":2,\"c\":2}}", true)).containsExactly("$.a.b: shown 1, answered 2");
    }

    @Test
    void numbersCompareAsWritten() {
        assertThat(diff("{\"yuan\":90.00}", "{\"yuan\":90.00}", false)).isEmpty();
        assertThat(diff("{\"yuan\":90.00}", "{\"yuan\":90.0}", false)).hasSize(1);
        assertThat(diff("{\"n\":1}", "{\"n\":\"1\"}", false)).hasSize(1);
    }

    @Test
    void theCurlShapeGivesMethodPathHeadersAndBody() {
        CurlCommand c = CurlCommand.parse("""
                curl -s -X POST http://localhost:8080/api/v1/decisions/fee \\
                  -H 'Content-Type: application/json' -H 'Authorization: Bearer intake-dev-token' \\
                  -d '{"a": "b c",
                       "d": 1}'""");
        assertThat(c.method()).isEqualTo("POST");
        assertThat(c.path()).isEqualTo("/api/v1/decisions/fee");
        assertThat(c.headers()).containsExactly(java.util.Map.entry("Content-Type", "application/json"),
                java.util.Map.entry("Authorization", "Bearer intake-dev-token"));
        assertThat(c.body()).isEqualTo("{\"a\": \"b c\",\n       \"d\": 1}");
        assertThat(CurlCommand.parse("curl -s 'http://localhost:8080/api/v1/x?a=1&b=2'").method()).isEqualTo("GET");
        assertThat(CurlCommand.parse("curl -s 'http://localhost:8080/api/v1/x?a=1&b=2'").path()).isEqualTo("/api/v1/x?a=1&b=2");
    }

    @Test
    void aCommandOutsideTheShapeIsRefusedNotGuessed() {
        assertThatThrownBy(() -> CurlCommand.parse("curl -s http://localhost:8080/a | jq .")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CurlCommand.parse("curl -s -F rules=@x.zip http://localhost:8080/a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CurlCommand.parse("curl -s https://example.org/a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CurlCommand.parse("curl -s http://localhost:8080/a -d '{")).isInstanceOf(IllegalArgumentException.class);
    }
}
