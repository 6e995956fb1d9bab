package org.zwfw.lint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.zwfw.catalog.Catalog;
import org.zwfw.kernel.CsvTable;
import org.zwfw.lint.facts.CatchAllPhrase;
import org.zwfw.lint.facts.RequiredElement;
import org.zwfw.lawbook.Instrument;
import org.zwfw.kernel.Problem;
import org.zwfw.engine.TableReader;

/**
 * Reads {@code lint-elements.csv} ({@code list,element,label}) and {@code catch-all-phrases.csv} ({@code phrase})
 * beside each manifest. An element must be a column the catalog has for that list, so a typo stops the load with
 * {@code file:line: message} instead of silently never matching.
 */
public class LintTablesReader implements TableReader<LintTables> {
    static final String ELEMENTS = "lint-elements.csv";
    static final String PHRASES = "catch-all-phrases.csv";
    static final Set<String> LISTS = Set.of("IMPLEMENTATION_LIST", "SERVICE_GUIDE", "MATERIAL", "RETAINED_PROOF");

    @Override
    public Class<LintTables> type() { return LintTables.class; }

    @Override
    public LintTables read(Path root, Catalog catalog, List<Instrument> instruments, List<Problem> problems) {
        List<RequiredElement> elements = new ArrayList<>();
        List<CatchAllPhrase> phrases = new ArrayList<>();
        for (Instrument inst : instruments) {
            Path folder = root.resolve(inst.folder());
            Path el = folder.resolve(ELEMENTS);
            if (Files.exists(el)) {
                CsvTable.read(root, el, problems, List.of("list", "element", "label"), row -> {
                    String list = row.required("list");
                    if (!LISTS.contains(list)) {
                        throw new CsvTable.BadCell("column list must be IMPLEMENTATION_LIST, SERVICE_GUIDE, MATERIAL or "
                                + "RETAINED_PROOF, not " + list);
                    }
                    String element = row.required("element");
                    List<String> known = switch (list) {
                        case "MATERIAL" -> CatalogLintReader.MATERIAL_ELEMENTS;
                        case "RETAINED_PROOF" -> CatalogLintReader.PROOF_ELEMENTS;
                        default -> CatalogLintReader.MATTER_ELEMENTS;
                    };
                    if (!known.contains(element)) {
                        throw new CsvTable.BadCell("element " + element + " is not a catalog column for " + list
                                + " (one of " + String.join(", ", known) + ")");
                    }
                    elements.add(new RequiredElement(inst.id(), inst.title(), list, element, row.required("label"), (int) row.line()));
                });
            }
            Path ph = folder.resolve(PHRASES);
            if (Files.exists(ph)) {
                CsvTable.read(root, ph, problems, List.of("phrase"),
                        row -> phrases.add(new CatchAllPhrase(inst.id(), inst.title(), row.required("phrase"), (int) row.line())));
            }
        }
        return new LintTables(List.copyOf(elements), List.copyOf(phrases));
    }
}
