package org.zwfw.governance.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwfw.engine.SampleRules;

class CoverageTotalsTest {
    @TempDir
    Path tmp;

    @Test
    void printsTheTotalsOfAReportThisBuildWrote() throws IOException {
        CoverageReport.Report r = CoverageReport.build(SampleRules.get(), List.of());
        CoverageReport.write(r, tmp);
        String line = CoverageTotals.line(tmp.resolve("articles.json"), Instant.now().minusSeconds(60));
        assertThat(line).startsWith("Article coverage (").endsWith(r.totals().summary())
                .contains(" 0 not assessed").contains(" 0 with neither");
    }

    @Test
    void aBuildWithoutScenariosSaysSoAndPrintsNoStaleTotals() throws IOException {
        Path json = tmp.resolve("articles.json");
        assertThat(CoverageTotals.line(json, Instant.EPOCH)).contains("no report").contains("did not run");
        CoverageReport.write(CoverageReport.build(SampleRules.get(), List.of()), tmp);
        Files.setLastModifiedTime(json, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        assertThat(CoverageTotals.line(json, CoverageTotals.buildStart("20260102-0800")))
                .contains("an earlier build's").doesNotContain("assessed");
    }

    @Test
    void theBuildStartIsMavensTimestampInUtcAndAnUnreadableOneCountsEveryReport() {
        assertThat(CoverageTotals.buildStart("2026-12-05T17:12:33Z")).isEqualTo(Instant.parse("2026-12-05T17:12:33Z"));
        assertThat(CoverageTotals.buildStart("20261205-1712")).isEqualTo(Instant.parse("2026-12-05T17:12:00Z"));
        assertThat(CoverageTotals.buildStart("${maven.build.timestamp}")).isEqualTo(Instant.EPOCH);
    }
}
