package org.zwfw.governance.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwfw.engine.RuleSetLoader;
import org.zwfw.kernel.CsvTable;
import org.zwfw.lawbook.Lawbook;

/**
 * A lawbook's tables are parsed once, whoever reads them: the loader, the readers of every family, validate's own
 * table checks, a second build on the same lawbook all get the first parse. A table on disk (outside any lawbook)
 * is parsed each time it is read, since it may have changed.
 */
class TablesParsedOnceTest {
    @TempDir
    Path tmp;

    @Test
    void eachTableOfALawbookIsParsedOnceByEveryReader() {
        Lawbook book = Lawbook.read(Path.of("rules"));
        long tables = book.files().stream().map(book::rel)
                .filter(f -> f.endsWith(".csv") && !f.endsWith(".drl.csv")).count();

        long start = CsvTable.parses();
        RuleSetLoader.load(book);
        long byTheLoader = CsvTable.parses() - start;
        RuleSetValidator.staticChecks(new RulesSource(book));
        long byBoth = CsvTable.parses() - start;

        assertThat(byTheLoader).as("tables parsed by the loader").isPositive().isLessThanOrEqualTo(tables);
        assertThat(byBoth).as("tables parsed by the loader and the checks").isLessThanOrEqualTo(tables);
        RuleSetLoader.load(book);
        RuleSetValidator.staticChecks(new RulesSource(book));
        assertThat(CsvTable.parses() - start).as("after a second build and check on the same lawbook").isEqualTo(byBoth);
    }

    @Test
    void aTableOnDiskIsParsedEachTimeItIsRead() throws Exception {
        Path csv = Files.writeString(tmp.resolve("t.csv"), "a,b\n1,2\n");
        long start = CsvTable.parses();
        assertThat(CsvTable.parse(csv).rows()).hasSize(1);
        Files.writeString(csv, "a,b\n1,2\n3,4\n");
        assertThat(CsvTable.parse(csv).rows()).hasSize(2);
        assertThat(CsvTable.parses() - start).isEqualTo(2);
    }
}
