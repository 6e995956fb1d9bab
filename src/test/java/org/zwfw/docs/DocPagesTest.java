package org.zwfw.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zwfw.ApiExamples;

import tools.jackson.databind.json.JsonMapper;

/** The pages as pages: the README stays a guide, links lead somewhere, every curl example is run or says why not. */
class DocPagesTest {
    static final int README_MAX_LINES = 300;

    @Test
    void theReadmeFitsOnAFewScreens() {
        assertThat(DocPages.lines(DocPages.README)).hasSizeLessThanOrEqualTo(README_MAX_LINES);
    }

    @Test
    void everyRelativeLinkLeadsToAFileAndHeadingThatExist() {
        List<String> broken = new ArrayList<>();
        for (Path page : DocPages.pages()) {
            for (Map.Entry<String, Integer> link : DocPages.relativeLinks(DocPages.lines(page)).entrySet()) {
                String target = link.getKey();
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                Path to = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                String where = DocPages.name(page) + ":" + link.getValue() + ": " + target;
                if (!Files.exists(to)) {
                    broken.add(where + " (no such file)");
                } else if (hash >= 0 && to.toString().endsWith(".md")
                        && !DocPages.anchors(DocPages.lines(to)).contains(target.substring(hash + 1))) {
                    broken.add(where + " (no such heading)");
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void everyCurlBlockIsARunExampleOrSaysWhyNot() {
        assertThat(DocPages.unmarkedCurlBlocks()).isEmpty();
    }

    @Test
    void theExamplesAreInTheShapeTheTestReads() {
        for (DocPages.Example e : DocPages.examples()) {
            assertThat(CurlCommand.parse(e.request().text().strip()).path()).as(e.toString()).startsWith("/");
        }
    }

    @Test
    void theTestsAcceptanceRequestIsTheReadmes() {
        DocPages.Example readme = DocPages.examples().stream()
                .filter(e -> e.page().equals("README.md") && e.name().equals("yinchuan-acceptance")).findFirst()
                .orElseThrow();
        JsonMapper json = JsonMapper.builder().build();
        assertThat(json.readTree(CurlCommand.parse(readme.request().text().strip()).body()))
                .isEqualTo(json.readTree(ApiExamples.ACCEPTANCE));
    }
}
