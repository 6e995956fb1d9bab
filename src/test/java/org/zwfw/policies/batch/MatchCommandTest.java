package org.zwfw.policies.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The population run: matches in input order, bad rows by line, and a crash resumed without loss or duplicates. */
class MatchCommandTest {
    @TempDir
    static Path dir;
    static Path population;

    @BeforeAll
    static void population() throws IOException {
        population = dir.resolve("subjects.csv");
        List<String> lines = new ArrayList<>();
        lines.add("key,type,age,employees,annualTaxableIncome,totalAssets");
        Random r = new Random(7);
        for (int i = 0; i < 12_000; i++) {
            if (i % 3 == 0) {
                lines.add("E" + i + ",LEGAL_PERSON,," + (1 + r.nextInt(400)) + "," + r.nextInt(4_000_000) + ","
                        + r.nextInt(60_000_000));
            } else {
                lines.add("P" + i + ",NATURAL_PERSON," + r.nextInt(106) + ",,,");
            }
        }
        lines.set(101, "BAD1,ROBOT,80,,,");          // line 102: unknown type
        lines.set(5001, "BAD2,NATURAL_PERSON,old,,,"); // line 5002: not a number
        Files.write(population, lines, StandardCharsets.UTF_8);
    }

    static int match(MatchCommand c, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("--jurisdiction", "610100", "--as-of", "2026-03-02",
                "--in", population.toString(), "--out", out.toString(), "--threads", "2",
                "--compiled-rules", dir.resolve("compiled").toString()));
        args.addAll(List.of(extra));
        return MatchCommand.run(c, args.toArray(String[]::new));
    }

    @Test
    void theProgressBarsTotalIsTheNumberOfSubjects() throws IOException {
        assertThat(MatchCommand.subjectsIn(population)).isEqualTo(12_000);
        assertThat(MatchCommand.subjectsIn(Path.of("samples/population/subjects.csv"))).isEqualTo(1_000);
        Path noFinalNewline = dir.resolve("two.csv");
        Files.writeString(noFinalNewline, "key,type\nA,NATURAL_PERSON\nB,LEGAL_PERSON", StandardCharsets.UTF_8);
        assertThat(MatchCommand.subjectsIn(noFinalNewline)).isEqualTo(2);
        Path headerOnly = dir.resolve("none.csv");
        Files.writeString(headerOnly, "key,type\n", StandardCharsets.UTF_8);
        assertThat(MatchCommand.subjectsIn(headerOnly)).isZero();
    }

    /** The README's command on the sample population committed under samples/: a newcomer's first run works. */
    @Test
    void theSamplePopulationOfTheReadmeMatches() throws IOException {
        Path sample = Path.of("samples/population/subjects.csv");
        Path out = dir.resolve("sample-matches.csv");
        int code = MatchCommand.run(new MatchCommand(), "--jurisdiction", "610100", "--as-of", "2026-03-02",
                "--in", sample.toString(), "--out", out.toString(), "--threads", "2",
                "--compiled-rules", dir.resolve("compiled").toString());
        assertThat(code).isZero();
        List<String> rows = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(rows.get(0)).isEqualTo("line,key,policy,tier,amount,unit,error");
        // No bad rows: the error column (the last) is empty on every line.
        assertThat(rows.subList(1, rows.size())).isNotEmpty().allMatch(l -> l.endsWith(","));
        assertThat(rows).anyMatch(l -> l.contains(",SMALL-PROFIT-CIT,")).anyMatch(l -> l.contains(",ELDERLY-ALLOWANCE-SX,"));
        // Synthetic keys only: the sample carries no personal identifier.
        assertThat(Files.readString(sample, StandardCharsets.UTF_8)).doesNotContainPattern("\\d{17}[\\dX]");
    }

    @Test
    void matchesAreWrittenInInputOrderWithBadRowsByLine() throws IOException {
        Path out = dir.resolve("clean.csv");
        assertThat(match(new MatchCommand(), out)).isZero();
        List<String> rows = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(rows.get(0)).isEqualTo("line,key,policy,tier,amount,unit,error");
        assertThat(rows).anyMatch(l -> l.startsWith("102,,") && l.contains("type: must be NATURAL_PERSON or LEGAL_PERSON"));
        assertThat(rows).anyMatch(l -> l.startsWith("5002,,") && l.contains("age: must be a number"));
        long previous = 0;
        for (String l : rows.subList(1, rows.size())) {
            long line = Long.parseLong(l.substring(0, l.indexOf(',')));
            assertThat(line).isGreaterThanOrEqualTo(previous);
            previous = line;
        }
        // Every person aged 80+ in 西安 (陕西 policy) and every small-profit enterprise (national) matches.
        assertThat(rows).anyMatch(l -> l.contains(",ELDERLY-ALLOWANCE-SX,"));
        assertThat(rows).anyMatch(l -> l.contains(",SMALL-PROFIT-CIT,"));
        assertThat(Files.exists(dir.resolve("clean.csv.checkpoint"))).isFalse();
    }

    @Test
    void aCrashedRunResumesWithoutLosingOrDuplicatingRows() throws IOException {
        Path expected = dir.resolve("expected.csv");
        assertThat(match(new MatchCommand(), expected)).isZero();

        Path out = dir.resolve("crashed.csv");
        MatchCommand crashing = new MatchCommand();
        crashing.crashAfterSubjects = 7_000;
        assertThat(match(crashing, out, "--checkpoint-ms", "0")).isNotZero();
        assertThat(Files.exists(dir.resolve("crashed.csv.checkpoint"))).isTrue();
        long partial = Files.size(out);
        assertThat(partial).isLessThan(Files.size(expected));

        assertThat(match(new MatchCommand(), out)).isZero();
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8))
                .containsExactlyElementsOf(Files.readAllLines(expected, StandardCharsets.UTF_8));
        assertThat(Files.exists(dir.resolve("crashed.csv.checkpoint"))).isFalse();
    }

    /** Runs the command on a population file, answering its exit code and what it printed on stderr. */
    static Run matchFile(Path in, Path out) {
        PrintStream before = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = MatchCommand.run(new MatchCommand(), "--jurisdiction", "610100", "--as-of", "2026-03-02",
                    "--in", in.toString(), "--out", out.toString());
            return new Run(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(before);
        }
    }

    record Run(int code, String stderr) {}

    @Test
    void aColumnOutsideTheDictionaryStopsTheRunBeforeAnyOutput() throws IOException {
        Path in = dir.resolve("bad-header.csv");
        Files.writeString(in, "key,type,salary\nP1,NATURAL_PERSON,100\n");
        Path out = dir.resolve("bad-header-out.csv");
        Run run = matchFile(in, out);
        assertThat(run.code()).isNotZero();
        // The field names of the HTTP batch's 400 (PolicyApiTest), from the same check.
        assertThat(run.stderr()).contains("header.salary: is not in the data dictionary");
        assertThat(out).doesNotExist();
    }

    @Test
    void aRepeatedOrMissingColumnIsRefusedAsTheHttpBatchRefusesIt() throws IOException {
        Path in = dir.resolve("repeated.csv");
        Files.writeString(in, "key,age,age\nP1,30,31\n");
        Path out = dir.resolve("repeated-out.csv");
        Run run = matchFile(in, out);
        assertThat(run.code()).isNotZero();
        assertThat(run.stderr()).contains("header.type: the population CSV needs this column")
                .contains("header.age: is repeated");
        assertThat(out).doesNotExist();
    }
}
