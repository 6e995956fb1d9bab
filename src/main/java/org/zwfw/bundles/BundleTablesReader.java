package org.zwfw.bundles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.zwfw.catalog.Catalog;
import org.zwfw.catalog.CatalogMaterial;
import org.zwfw.catalog.Jurisdiction;
import org.zwfw.catalog.JurisdictionCatalog;
import org.zwfw.engine.TableReader;
import org.zwfw.kernel.CsvTable;
import org.zwfw.kernel.Problem;
import org.zwfw.lawbook.Clauses;
import org.zwfw.lawbook.Instrument;

/**
 * Reads each jurisdiction's 一件事一次办 list beside its catalog: {@code catalog/bundles.csv} (the bundles, their
 * matters, promised time, materials produced within the bundle, source and requiring article) and
 * {@code catalog/bundle-materials.csv} (each bundle material asked once, with the matter materials it serves). A bad
 * row — a matter not in the catalog, a material its matter does not list, a bad number or date, a requiring article
 * not on file — is a {@code file:line: message} problem that rejects the rule set.
 */
public class BundleTablesReader implements TableReader<BundleTables> {
    static final String BUNDLES = "catalog/bundles.csv";
    static final String MATERIALS = "catalog/bundle-materials.csv";

    @Override
    public Class<BundleTables> type() { return BundleTables.class; }

    @Override
    public List<Class<?>> factClasses() {
        return List.of(Bundle.class, BundleMaterial.class);
    }

    @Override
    public BundleTables read(Path root, Catalog catalog, List<Instrument> instruments, List<Problem> problems) {
        Map<String, Map<String, Bundle>> bundles = new LinkedHashMap<>();
        Map<String, List<BundleMaterial>> materials = new LinkedHashMap<>();
        Map<String, Instrument> byTitle = new HashMap<>();
        instruments.forEach(i -> byTitle.put(i.title(), i));
        for (Jurisdiction j : catalog.jurisdictions().values()) {
            Path folder = root.resolve(j.folder());
            JurisdictionCatalog cat = catalog.of(j.code());
            Map<String, Bundle> own = new LinkedHashMap<>();
            Path bf = folder.resolve(BUNDLES);
            if (Files.exists(bf)) {
                CsvTable.read(root, bf, problems, List.of("jurisdiction", "bundle_code", "name", "matters",
                        "promised_days", "produced_within", "source", "requiring_article", "published_from"), row -> {
                    jurisdiction(row, j);
                    String code = row.required("bundle_code");
                    if (own.containsKey(code)) {
                        throw new CsvTable.BadCell("bundle " + code + " is already listed at " + own.get(code).file()
                                + ":" + own.get(code).line());
                    }
                    List<String> matters = new ArrayList<>(new LinkedHashSet<>(split(row.required("matters"))));
                    for (String m : matters) {
                        if (!cat.matters().containsKey(m)) {
                            throw new CsvTable.BadCell("column matters names " + m + ", which is not in "
                                    + j.folder() + "/catalog/matters.csv");
                        }
                    }
                    if (matters.size() < 2) {
                        throw new CsvTable.BadCell("column matters must name at least two matters (a bundle of one matter is that matter)");
                    }
                    List<Bundle.Produced> produced = new ArrayList<>();
                    for (String p : split(row.text("produced_within"))) {
                        produced.add(produced(p, matters, cat));
                    }
                    String article = row.required("requiring_article");
                    Instrument inst = byTitle.get(Clauses.title(article));
                    if (inst == null || !inst.articles().contains(Clauses.article(article))) {
                        throw new CsvTable.BadCell("column requiring_article names " + article
                                + ", which is no article of an instrument on file");
                    }
                    own.put(code, new Bundle(j.code(), code, row.required("name"), List.copyOf(matters),
                            row.optionalInt("promised_days"), List.copyOf(produced), row.required("source"), article,
                            row.optionalDate("published_from"), row.file(), row.line()));
                });
            }
            Path mf = folder.resolve(MATERIALS);
            if (Files.exists(mf)) {
                Set<String> seen = new HashSet<>();
                Map<String, String> servedAt = new HashMap<>();
                CsvTable.read(root, mf, problems, List.of("jurisdiction", "bundle_code", "material_code", "name",
                        "main", "serves"), row -> {
                    jurisdiction(row, j);
                    String bundleCode = row.required("bundle_code");
                    Bundle b = own.get(bundleCode);
                    if (b == null) {
                        throw new CsvTable.BadCell("bundle " + bundleCode + " is not in " + j.folder() + "/" + BUNDLES);
                    }
                    String code = row.required("material_code");
                    if (!seen.add(bundleCode + "/" + code)) {
                        throw new CsvTable.BadCell("material " + code + " of bundle " + bundleCode + " is listed twice");
                    }
                    List<BundleMaterial.Served> serves = new ArrayList<>();
                    for (String s : split(row.required("serves"))) {
                        BundleMaterial.Served served = served(s, b, cat);
                        String where = row.file() + ":" + row.line();
                        String before = servedAt.putIfAbsent(bundleCode + "/" + s, where);
                        if (before != null) {
                            throw new CsvTable.BadCell("column serves names " + s + ", already served at " + before
                                    + " (a bundle asks for each material once)");
                        }
                        serves.add(served);
                    }
                    materials.computeIfAbsent(BundleTables.key(j.code(), bundleCode), k -> new ArrayList<>())
                            .add(new BundleMaterial(j.code(), bundleCode, code, row.required("name"),
                                    row.yesNo("main"), List.copyOf(serves)));
                });
                // Every material of every matter is either asked once (served) or produced within the bundle.
                for (Bundle b : own.values()) {
                    for (String m : b.matters()) {
                        for (CatalogMaterial cm : cat.materialsOf(m)) {
                            String s = m + "/" + cm.code();
                            boolean within = b.producedWithin().stream()
                                    .anyMatch(p -> p.matter().equals(m) && p.material().equals(cm.code()));
                            if (!within && !servedAt.containsKey(b.code() + "/" + s)) {
                                problems.add(new Problem(b.file(), (int) b.line(), "material " + s + " of bundle "
                                        + b.code() + " is neither served by a row of " + j.folder() + "/" + MATERIALS
                                        + " nor produced within the bundle"));
                            }
                            if (within && servedAt.containsKey(b.code() + "/" + s)) {
                                problems.add(new Problem(b.file(), (int) b.line(), "material " + s + " is produced "
                                        + "within bundle " + b.code() + " but also asked of the applicant at "
                                        + servedAt.get(b.code() + "/" + s)));
                            }
                        }
                    }
                }
            }
            if (!own.isEmpty()) {
                bundles.put(j.code(), Map.copyOf(own));
            }
        }
        Map<String, List<BundleMaterial>> frozen = new LinkedHashMap<>();
        materials.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new BundleTables(Map.copyOf(bundles), Map.copyOf(frozen));
    }

    private static void jurisdiction(CsvTable.Row row, Jurisdiction j) {
        String code = row.required("jurisdiction");
        if (!code.equals(j.code())) {
            throw new CsvTable.BadCell("column jurisdiction is " + code + " in the folder of " + j.code());
        }
    }

    /** {@code MATTER/MATERIAL<PRODUCER}: the material of MATTER that PRODUCER, another matter of the bundle, issues. */
    private static Bundle.Produced produced(String cell, List<String> matters, JurisdictionCatalog cat) {
        int lt = cell.indexOf('<');
        int slash = cell.indexOf('/');
        if (lt < 0 || slash < 0 || slash > lt) {
            throw new CsvTable.BadCell("column produced_within: '" + cell + "' is not MATTER/MATERIAL<PRODUCING_MATTER");
        }
        String matter = cell.substring(0, slash).trim();
        String material = cell.substring(slash + 1, lt).trim();
        String producer = cell.substring(lt + 1).trim();
        for (String m : List.of(matter, producer)) {
            if (!matters.contains(m)) {
                throw new CsvTable.BadCell("column produced_within names " + m + ", which is not a matter of the bundle");
            }
        }
        if (matter.equals(producer)) {
            throw new CsvTable.BadCell("column produced_within: " + matter + " cannot produce its own material " + material);
        }
        if (cat.materialsOf(matter).stream().noneMatch(x -> x.code().equals(material))) {
            throw new CsvTable.BadCell("column produced_within names " + matter + "/" + material
                    + ", which is not a material of " + matter);
        }
        return new Bundle.Produced(matter, material, producer);
    }

    private static BundleMaterial.Served served(String cell, Bundle b, JurisdictionCatalog cat) {
        int slash = cell.indexOf('/');
        if (slash < 0) {
            throw new CsvTable.BadCell("column serves: '" + cell + "' is not MATTER/MATERIAL");
        }
        String matter = cell.substring(0, slash).trim();
        String material = cell.substring(slash + 1).trim();
        if (!b.matters().contains(matter)) {
            throw new CsvTable.BadCell("column serves names " + matter + ", which is not a matter of bundle " + b.code());
        }
        if (cat.materialsOf(matter).stream().noneMatch(x -> x.code().equals(material))) {
            throw new CsvTable.BadCell("column serves names " + cell + ", which is not a material of " + matter);
        }
        return new BundleMaterial.Served(matter, material);
    }

    private static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }
}
