package org.zwfw.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.spark.util.LongAccumulator;
import org.zwfw.policies.PopulationMatcher;

/**
 * Matches one partition: one rule session (from the executor's rule set, built once per JVM) fed batches of
 * {@value PopulationMatcher#BATCH} rows, each batch coming out as the text the {@code match} command writes for it.
 * Lazy: a batch is read, matched and handed on before the next is read, so a partition of any size fits.
 */
final class PartitionMatcher implements Serializable {
    private final org.apache.spark.broadcast.Broadcast<ShippedRules> rules;
    private final String jurisdiction;
    private final LocalDate asOf;
    private final List<String> header;
    private final LongAccumulator subjects;
    private final LongAccumulator matches;
    private final LongAccumulator badRows;

    PartitionMatcher(org.apache.spark.broadcast.Broadcast<ShippedRules> rules, String jurisdiction, LocalDate asOf,
                     List<String> header, LongAccumulator subjects, LongAccumulator matches, LongAccumulator badRows) {
        this.rules = rules;
        this.jurisdiction = jurisdiction;
        this.asOf = asOf;
        this.header = List.copyOf(header);
        this.subjects = subjects;
        this.matches = matches;
        this.badRows = badRows;
    }

    /**
     * The output of a partition's rows: chunks of output rows, each without its last newline (the text writer adds
     * it); the first partition's first chunk is the header.
     */
    Iterator<String> match(int partition, Iterator<PopulationMatcher.Row> rows) {
        PopulationMatcher.Session session = new PopulationMatcher.Session(rules.value().ruleSet(), jurisdiction, asOf,
                header);
        return new Iterator<>() {
            private String next = partition == 0 ? String.join(",", PopulationMatcher.OUTPUT) : null;
            private boolean closed;

            @Override
            public boolean hasNext() {
                while (next == null && !closed) {
                    List<PopulationMatcher.Row> batch = new ArrayList<>(PopulationMatcher.BATCH);
                    while (batch.size() < PopulationMatcher.BATCH && rows.hasNext()) {
                        batch.add(rows.next());
                    }
                    if (batch.isEmpty()) {
                        session.close();
                        closed = true;
                    } else {
                        next = text(batch);
                    }
                }
                return next != null;
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                String n = next;
                next = null;
                return n;
            }

            private String text(List<PopulationMatcher.Row> batch) {
                try {
                    PopulationMatcher.Done done = session.match(batch);
                    subjects.add(done.subjects());
                    matches.add(done.matches());
                    badRows.add(done.badRows());
                    String text = new String(done.text(), StandardCharsets.UTF_8);
                    // A batch without a match or a bad row writes nothing (not an empty line).
                    return text.isEmpty() ? null : text.substring(0, text.length() - 1);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
