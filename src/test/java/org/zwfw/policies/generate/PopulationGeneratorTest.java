package org.zwfw.policies.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zwfw.policies.subject.Subject;

@Tag("slow") // benchmark support: population generation; run by mvn test -Pslow
class PopulationGeneratorTest {

    static String generate(long size, long seed) {
        StringWriter w = new StringWriter();
        PopulationGenerator.write(w, size, seed);
        return w.toString();
    }

    static List<CSVRecord> records(String csv) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .getRecords();
    }

    @Test
    void headerIsTheDictionaryWithKeyAndType() {
        assertThat(generate(0, 1).lines().findFirst()).contains("key,type,age,hukou,disabled,enterpriseScale,employees,"
                + "annualTaxableIncome,totalAssets,insuredMonths,layoffRate,unemploymentInsurancePaid,seriousDishonesty");
    }

    @Test
    void sameSeedSameFileOtherSeedOtherFile() {
        assertThat(generate(2_000, 42)).isEqualTo(generate(2_000, 42)).isNotEqualTo(generate(2_000, 43));
        // A prefix of a bigger population is the smaller one (streaming, one draw sequence).
        assertThat(generate(5_000, 42)).startsWith(generate(2_000, 42));
    }

    @Test
    void writesExactlyTheSizeAndUniqueSyntheticKeys() throws IOException {
        List<CSVRecord> recs = records(generate(10_000, 7));
        assertThat(recs).hasSize(10_000);
        assertThat(recs.stream().map(r -> r.get("key")).collect(Collectors.toSet())).hasSize(10_000);
        assertThat(recs).allSatisfy(r -> assertThat(r.get("key")).matches("[PE]\\d{9}"));
    }

    @Test
    void valuesAreInRangeAndColumnsOfTheOtherTypeAreEmpty() throws IOException {
        List<CSVRecord> recs = records(generate(50_000, 11));
        List<CSVRecord> persons = recs.stream().filter(r -> r.get("type").equals("NATURAL_PERSON")).toList();
        List<CSVRecord> firms = recs.stream().filter(r -> r.get("type").equals("LEGAL_PERSON")).toList();
        assertThat(persons.size() + firms.size()).isEqualTo(recs.size());
        assertThat(persons.size() / (double) recs.size()).isBetween(0.67, 0.73);
        for (CSVRecord p : persons) {
            int age = Integer.parseInt(p.get("age"));
            assertThat(age).isBetween(0, 110);
            assertThat(p.get("hukou")).matches("\\d{6}");
            assertThat(p.get("disabled")).isIn("true", "false");
            for (String c : List.of("enterpriseScale", "employees", "annualTaxableIncome", "totalAssets", "insuredMonths",
                    "layoffRate", "unemploymentInsurancePaid", "seriousDishonesty")) {
                assertThat(p.get(c)).isEmpty();
            }
        }
        assertThat(persons.stream().filter(p -> Integer.parseInt(p.get("age")) >= 80).count()).isGreaterThan(500);
        assertThat(persons.stream().filter(p -> Integer.parseInt(p.get("age")) >= 100).count()).isGreaterThan(0);
        double disabled = persons.stream().filter(p -> p.get("disabled").equals("true")).count() / (double) persons.size();
        assertThat(disabled).isBetween(0.03, 0.09);
        assertThat(persons.stream().map(p -> p.get("hukou")).collect(Collectors.toSet()))
                .contains("640100", "640300", "640303", "410700", "610100", "110105");

        long micro = firms.stream().filter(f -> f.get("enterpriseScale").equals("MICRO")).count();
        long small = firms.stream().filter(f -> f.get("enterpriseScale").equals("SMALL")).count();
        assertThat((micro + small) / (double) firms.size()).isGreaterThan(0.9);
        assertThat(micro).isGreaterThan(small);
        long losses = 0;
        long dishonest = 0;
        for (CSVRecord f : firms) {
            int employees = Integer.parseInt(f.get("employees"));
            switch (f.get("enterpriseScale")) {
                case "MICRO" -> assertThat(employees).isBetween(1, 19);
                case "SMALL" -> assertThat(employees).isBetween(20, 299);
                case "MEDIUM" -> assertThat(employees).isBetween(300, 999);
                case "LARGE" -> assertThat(employees).isGreaterThanOrEqualTo(1000);
                default -> throw new AssertionError(f.get("enterpriseScale"));
            }
            if (Double.parseDouble(f.get("annualTaxableIncome")) <= 0) {
                losses++;
            }
            assertThat(Double.parseDouble(f.get("totalAssets"))).isPositive();
            assertThat(Integer.parseInt(f.get("insuredMonths"))).isBetween(0, 240);
            assertThat(Double.parseDouble(f.get("layoffRate"))).isBetween(0.0, 1.0);
            assertThat(Double.parseDouble(f.get("unemploymentInsurancePaid"))).isGreaterThanOrEqualTo(0.0);
            if (f.get("seriousDishonesty").equals("true")) {
                dishonest++;
            }
            assertThat(f.get("age") + f.get("hukou") + f.get("disabled")).isEmpty();
        }
        assertThat(losses).isPositive();
        assertThat(dishonest / (double) firms.size()).isBetween(0.003, 0.02);
    }

    @Test
    void hukouCodesIncludeEveryJurisdictionOfTheRules() throws IOException {
        Set<String> codes = Files.readAllLines(Path.of("rules/jurisdictions.csv"), StandardCharsets.UTF_8).stream()
                .skip(1).map(l -> l.split(",")[0]).filter(c -> !c.equals("000000")).collect(Collectors.toSet());
        assertThat(Set.of(PopulationGenerator.HUKOU)).containsAll(codes);
    }

    @Test
    void everyLineBindsToASubjectAsTheApiWould() {
        List<Subject> subjects = Population.generate(5_000, 3);
        assertThat(subjects).hasSize(5_000);
        assertThat(subjects).filteredOn(s -> s.getType().equals("LEGAL_PERSON"))
                .allSatisfy(s -> assertThat(s.get("enterpriseScale")).isNotNull());
    }

    @Test
    void streamsWithoutHoldingThePopulation() {
        // Writes a million lines into a sink that keeps nothing: memory stays flat.
        long[] chars = {0};
        Writer sink = new Writer() {
            @Override public void write(char[] cbuf, int off, int len) { chars[0] += len; }
            @Override public void flush() {}
            @Override public void close() {}
        };
        Runtime rt = Runtime.getRuntime();
        PopulationGenerator.write(sink, 1_000_000, 5);
        assertThat(chars[0]).isGreaterThan(30_000_000L);
        // What is still held after a collection: the test JVM also caches the Spring contexts of other tests, whose
        // garbage alone may pass the bound before the collector runs.
        System.gc();
        assertThat(rt.totalMemory() - rt.freeMemory()).isLessThan(1L << 30);
    }
}
