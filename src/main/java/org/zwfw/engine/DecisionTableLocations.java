package org.zwfw.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * Maps a compile error in a decision table back to the spreadsheet. Drools compiles a table into DRL and reports
 * lines of that DRL; the DRL it writes marks each rule with the spreadsheet row it comes from
 * ({@code // rule values at A12, header at A6}), and the bad text on the reported line is the value of one cell of
 * that row. The row is the one so marked above the reported line; the column is that of the cell whose value sits
 * where the parser stopped on that line (or, where the message gives no position, the longest cell value the
 * message quotes).
 */
public final class DecisionTableLocations {
    private static final Pattern ROW_MARK = Pattern.compile("//\\s*rule values at [A-Z]+(\\d+)");
    private static final Pattern POSITION = Pattern.compile("[Ll]ine (\\d+):(\\d+)");

    private DecisionTableLocations() {}

    public static boolean isTable(String file) {
        return file.endsWith(".drl.csv") || file.endsWith(".drl.xlsx") || file.endsWith(".drl.xls");
    }

    /** The spreadsheet row and column (from 1; column 0 when no cell is found) of an error at a generated DRL line. */
    public static int[] locate(Path table, int drlLine, String message) {
        String drl;
        try (InputStream in = Files.newInputStream(table)) {
            drl = new SpreadsheetCompiler().compile(in,
                    table.getFileName().toString().endsWith(".csv") ? InputType.CSV : InputType.XLS);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        List<String> lines = drl.lines().toList();
        int line = drlLine;
        int position = -1;
        Matcher pos = POSITION.matcher(message);
        if (pos.find()) {
            line = Integer.parseInt(pos.group(1));
            position = Integer.parseInt(pos.group(2));
        }
        if (line < 1 || line > lines.size()) {
            return null;
        }
        int row = 0;
        for (int i = line - 1; i >= 0 && row == 0; i--) {
            Matcher m = ROW_MARK.matcher(lines.get(i));
            if (m.find()) {
                row = Integer.parseInt(m.group(1));
            }
        }
        if (row == 0) {
            return null;
        }
        List<String> cells = cells(table, row);
        String text = lines.get(line - 1);
        int column = 0;
        int bestStart = -1;
        for (int c = 0; c < cells.size(); c++) {
            String v = cells.get(c).trim();
            if (v.isEmpty()) {
                continue;
            }
            for (int at = text.indexOf(v); at >= 0; at = text.indexOf(v, at + 1)) {
                boolean covers = position < 0 || at <= position;
                if (covers && at > bestStart) {
                    bestStart = at;
                    column = c + 1;
                }
            }
        }
        if (column == 0) {
            int longest = 0;
            for (int c = 0; c < cells.size(); c++) {
                String v = cells.get(c).trim();
                if (v.length() > longest && message.contains(v)) {
                    longest = v.length();
                    column = c + 1;
                }
            }
        }
        return new int[] {row, column};
    }

    private static List<String> cells(Path table, int row) {
        List<String> out = new ArrayList<>();
        if (table.getFileName().toString().endsWith(".csv")) {
            try (Reader r = Files.newBufferedReader(table, StandardCharsets.UTF_8)) {
                int n = 0;
                for (CSVRecord rec : CSVFormat.DEFAULT.parse(r)) {
                    if (++n == row) {
                        rec.forEach(out::add);
                        break;
                    }
                }
            } catch (IOException | RuntimeException e) {
                return out;
            }
            return out;
        }
        try (java.io.InputStream in = Files.newInputStream(table); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            Row r = sheet.getRow(row - 1);
            if (r != null) {
                DataFormatter fmt = new DataFormatter();
                for (int c = 0; c < r.getLastCellNum(); c++) {
                    Cell cell = r.getCell(c);
                    out.add(cell == null ? "" : fmt.formatCellValue(cell));
                }
            }
        } catch (IOException | RuntimeException e) {
            return out;
        }
        return out;
    }
}
