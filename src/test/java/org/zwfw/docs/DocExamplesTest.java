package org.zwfw.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.zwfw.TestApi;

import tools.jackson.databind.JsonNode;

/**
 * Every request/answer example of README.md and docs/*.md, sent as the page writes it — method, path, headers with
 * the token shown, body — to the service (the same context as the other API tests), and its answer compared with the
 * one the page shows (status and JSON; see {@link DocPages} for how an example is marked, {@link CurlCommand} for the
 * one curl shape the pages use and {@link JsonMatch} for what {@code "…"} stands for). The examples run in page order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocExamplesTest {
    @Value("${local.server.port}")
    int port;

    @TestFactory
    Stream<DynamicTest> everyExampleAnswersWhatItsPageShows() {
        List<DocPages.Example> examples = DocPages.examples();
        assertThat(examples).as("the pages' examples").isNotEmpty();
        return examples.stream().map(e -> DynamicTest.dynamicTest(e.toString(), () -> check(e)));
    }

    void check(DocPages.Example e) throws Exception {
        assertThat(e.request().info()).as(e + ": request block").isEqualTo("bash");
        assertThat(e.answer().info()).as(e + ": answer block").isEqualTo("json");
        CurlCommand curl = CurlCommand.parse(e.request().text().strip());
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + curl.path()));
        curl.headers().forEach(b::header);
        b.method(curl.method(), curl.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(curl.body(), StandardCharsets.UTF_8));
        HttpResponse<String> r = TestApi.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(r.statusCode()).as(e + ": status; answer " + r.body()).isEqualTo(e.status());
        JsonNode shown = JsonMatch.JSON.readTree(e.answer().text());
        JsonNode actual = JsonMatch.JSON.readTree(r.body());
        assertThat(JsonMatch.differences(shown, actual, e.abridged()))
                .as(e + ": the answer differs from the page (" + e.page() + ":" + e.answer().line() + "); answered "
                        + r.body())
                .isEmpty();
    }
}
