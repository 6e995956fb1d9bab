package org.zwfw.policies.generate;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.zwfw.policies.subject.Subject;
import org.zwfw.policies.SubjectBinder;
import org.zwfw.policies.SubjectDictionary;
import org.zwfw.kernel.FieldProblem;

/** Reads a population CSV (as {@link PopulationGenerator} writes it) into subjects, binding each attribute as the API does. */
public final class Population {
    private Population() {}

    /** Bound by the sample rules' data dictionary (rules/policies/attributes.csv, run from the project folder). */
    public static List<Subject> read(Reader in) {
        return read(in, SubjectDictionary.read(java.nio.file.Path.of("rules")));
    }

    public static List<Subject> read(Reader in, SubjectDictionary dictionary) {
        List<Subject> out = new ArrayList<>();
        try {
            var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
            List<String> header = parser.getHeaderNames();
            for (CSVRecord rec : parser) {
                Subject s = new Subject(rec.get("key"), rec.get("type"));
                List<FieldProblem> errors = new ArrayList<>();
                for (String h : header) {
                    if (!h.equals("key") && !h.equals("type")) {
                        SubjectBinder.bind(dictionary, s, h, rec.get(h), h, errors);
                    }
                }
                if (!errors.isEmpty()) {
                    throw new IllegalArgumentException("line " + rec.getRecordNumber() + ": " + errors);
                }
                out.add(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A generated population of the given size, in memory (for tests and benchmarks). */
    public static List<Subject> generate(int size, long seed) {
        StringWriter w = new StringWriter();
        PopulationGenerator.write(w, size, seed);
        return read(new StringReader(w.toString()));
    }
}
