package org.zwfw.lawbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each article's words, as the workbench shows them beside a rule: every article the text's headings name has a body
 * that opens with its heading and stops before the next one, with chapter titles left out; a text organised in
 * sections (红寺堡) has a body per section path.
 */
class ArticleBodiesTest {
    static List<Path> texts() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("rules"))) {
            return s.filter(p -> p.getFileName().toString().equals("text.txt")).sorted().toList();
        }
    }

    @Test
    void everyArticleOfEveryTextOnFileHasItsBody() throws IOException {
        assertThat(texts()).hasSizeGreaterThanOrEqualTo(7);
        for (Path text : texts()) {
            List<String> lines = Files.readAllLines(text, StandardCharsets.UTF_8);
            Map<String, String> bodies = TextArticles.bodies(lines);
            assertThat(bodies.keySet()).as(text.toString())
                    .containsExactlyElementsOf(new java.util.LinkedHashSet<>(TextArticles.of(lines)));
            bodies.forEach((id, body) -> assertThat(body).as("%s %s", text, id).isNotBlank());
        }
    }

    @Test
    void anArticleRunsFromItsHeadingToTheNextAndLeavesChapterTitlesOut() throws IOException {
        Map<String, String> yinchuan = TextArticles.bodies(Files.readAllLines(
                Path.of("rules/ningxia/yinchuan/measures-2025/text.txt"), StandardCharsets.UTF_8));
        assertThat(yinchuan.get("第二十五条")).startsWith("第二十五条").contains("容缺受理")
                .contains("申请主体承诺补齐补正全部容缺材料的时限").doesNotContain("第二十六条");
        assertThat(yinchuan.get("第十条")).doesNotContain("第二章");
    }

    @Test
    void aTextInSectionsHasABodyPerSection() throws IOException {
        Map<String, String> hongsibu = TextArticles.bodies(Files.readAllLines(
                Path.of("rules/ningxia/wuzhong/hongsibu/plan-2022/text.txt"), StandardCharsets.UTF_8));
        assertThat(hongsibu).containsKey("四（七）");
        assertThat(hongsibu.get("四（七）")).startsWith("（七）");
    }
}
