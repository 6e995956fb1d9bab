package org.zwfw.lawbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.zwfw.kernel.CsvTable;

/**
 * The analysts' assessment of an instrument's articles: {@code articles.csv} beside its manifest, columns
 * {@code article,decision_relevant,note} — Y (a decision of the service turns on it: it is to be encoded, or an
 * interpretation entry says why not yet), N (purpose, scope, organisation, a duty no decision turns on, an aim
 * without a measure), the one-line reason in {@code note}. An instrument cited as a whole (国办发〔2020〕42号) has one
 * row, {@value #WHOLE}. Read from the lawbook's copy; the first row of an article counts (a repeat is validate's
 * problem).
 */
public final class Assessments {
    public static final String FILE = "articles.csv";
    /** The article cell of the one row of an instrument cited as a whole; the article itself is "". */
    public static final String WHOLE = "（全文）";

    /** One row: the article as the coverage report lists it ("" for a whole instrument), Y/N/"", its spreadsheet row. */
    public record Row(String article, String relevant, String note, int line, int relevantColumn) {
        public boolean relevantY() { return "Y".equals(relevant); }
    }

    private Assessments() {}

    /** The rows by article, in file order; empty where the folder has no articles.csv. */
    public static Map<String, Row> read(Path folder) throws IOException {
        Path csv = folder.resolve(FILE);
        Map<String, Row> out = new LinkedHashMap<>();
        if (!Files.isRegularFile(csv)) {
            return out;
        }
        CsvTable.Parsed table = CsvTable.parse(csv);
        int article = table.header().indexOf("article");
        int relevant = table.header().indexOf("decision_relevant");
        int note = table.header().indexOf("note");
        if (article < 0 || relevant < 0) {
            throw new IOException(csv.getFileName() + " has no column article or decision_relevant");
        }
        for (CsvTable.Parsed.Line row : table.rows()) {
            String a = row.cell(article).trim();
            String key = WHOLE.equals(a) ? "" : a;
            out.putIfAbsent(key, new Row(key, row.cell(relevant).trim(), note < 0 ? "" : row.cell(note).trim(),
                    row.start(), relevant + 1));
        }
        return out;
    }
}
