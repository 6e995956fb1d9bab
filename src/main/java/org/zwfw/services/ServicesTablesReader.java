package org.zwfw.services;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.zwfw.catalog.Catalog;
import org.zwfw.catalog.Jurisdiction;
import org.zwfw.engine.TableReader;
import org.zwfw.kernel.CsvTable;
import org.zwfw.kernel.Problem;
import org.zwfw.lawbook.Clauses;
import org.zwfw.lawbook.Instrument;
import org.zwfw.services.facts.ComplexMatter;
import org.zwfw.services.facts.RegionRelation;
import org.zwfw.services.facts.ServiceListing;
import org.zwfw.services.facts.ServiceQuestion;
import org.zwfw.services.facts.ServicesDecision;

/**
 * Reads, beside each jurisdiction's catalog, {@code catalog/service-lists.csv} (the 就近办 / 通办 / 全程网办 list: the
 * columns of the reference fixture) and {@code catalog/complex-matters.csv} (the complex matters 帮办代办 serves on
 * consultation and on application). A row naming a matter the jurisdiction's catalog does not publish, another
 * jurisdiction, a value outside the vocabulary, or a requiring article no instrument of the jurisdiction's chain has,
 * is a {@code file:line: message} problem that rejects the rule set.
 */
public class ServicesTablesReader implements TableReader<ServicesTables> {
    static final String LISTS = "catalog/service-lists.csv";
    static final String COMPLEX = "catalog/complex-matters.csv";
    /** 通办 scopes, narrowest first: none, 全市通办, 区内（省内）通办, 跨省通办. */
    public static final List<String> CROSS_REGION = List.of("NONE", "CITY_WIDE", "REGION_WIDE", "CROSS_PROVINCE");

    @Override
    public Class<ServicesTables> type() { return ServicesTables.class; }

    @Override
    public List<Class<?>> factClasses() {
        return List.of(ServiceListing.class, ComplexMatter.class, ServiceQuestion.class, RegionRelation.class,
                ServicesDecision.class, ServicesDecision.Reason.class);
    }

    @Override
    public ServicesTables read(Path root, Catalog catalog, List<Instrument> instruments, List<Problem> problems) {
        List<ServiceListing> listings = new ArrayList<>();
        List<ComplexMatter> complex = new ArrayList<>();
        for (Jurisdiction j : catalog.jurisdictions().values()) {
            Path folder = root.resolve(j.folder());
            List<String> chain = catalog.chain(j.code());
            Path lists = folder.resolve(LISTS);
            if (Files.exists(lists)) {
                Map<String, Long> seen = new HashMap<>();
                CsvTable.read(root, lists, problems, List.of("jurisdiction", "matter_code", "township", "village",
                        "cross_region", "whole_process_online", "source", "requiring_article", "published_from"), row -> {
                    String matter = matter(row, j, catalog, seen);
                    String scope = row.required("cross_region");
                    if (!CROSS_REGION.contains(scope)) {
                        throw new CsvTable.BadCell("column cross_region must be one of " + String.join(", ", CROSS_REGION)
                                + ", not '" + scope + "'");
                    }
                    String requiring = row.required("requiring_article");
                    List<String> clauses = clauses(requiring, chain, instruments);
                    listings.add(new ServiceListing(j.code(), matter, row.yesNo("township"), row.yesNo("village"),
                            scope, row.yesNo("whole_process_online"), row.required("source"), requiring, clauses,
                            row.optionalDate("published_from"), row.file(), (int) row.line()));
                });
            }
            Path cx = folder.resolve(COMPLEX);
            if (Files.exists(cx)) {
                Map<String, Long> seen = new HashMap<>();
                CsvTable.read(root, cx, problems, List.of("jurisdiction", "matter_code", "field", "source",
                        "requiring_article", "published_from"), row -> {
                    String matter = matter(row, j, catalog, seen);
                    String requiring = row.required("requiring_article");
                    clauses(requiring, chain, instruments);
                    complex.add(new ComplexMatter(j.code(), matter, row.required("field"), row.required("source"),
                            requiring, row.optionalDate("published_from")));
                });
            }
        }
        return new ServicesTables(List.copyOf(listings), List.copyOf(complex));
    }

    private static String matter(CsvTable.Row row, Jurisdiction j, Catalog catalog, Map<String, Long> seen) {
        String jurisdiction = row.required("jurisdiction");
        if (!jurisdiction.equals(j.code())) {
            throw new CsvTable.BadCell("column jurisdiction is " + jurisdiction + ", but this list lies beside the catalog of "
                    + j.code() + " (" + j.name() + ")");
        }
        String matter = row.required("matter_code");
        if (!catalog.of(j.code()).matters().containsKey(matter)) {
            throw new CsvTable.BadCell("matter " + matter + " is not in the catalog of " + j.code() + " (catalog/matters.csv)");
        }
        Long first = seen.putIfAbsent(matter, row.line());
        if (first != null) {
            throw new CsvTable.BadCell("matter " + matter + " is already listed at line " + first);
        }
        return matter;
    }

    /**
     * The clauses a {@code requiring_article} cell names: {@code <exact title> 第七条、第十三条} (articles joined by 、) of an
     * instrument of the jurisdiction's chain, each article of it.
     */
    static List<String> clauses(String cell, List<String> chain, List<Instrument> instruments) {
        String title = Clauses.title(cell);
        String articles = Clauses.article(cell);
        Instrument inst = instruments.stream().filter(i -> i.title().equals(title)).findFirst().orElse(null);
        if (inst == null || articles.isEmpty()) {
            throw new CsvTable.BadCell("column requiring_article must be '<exact title> <article>[、<article>…]' of an"
                    + " instrument on file, not '" + cell + "'");
        }
        if (!chain.contains(inst.jurisdiction())) {
            throw new CsvTable.BadCell("column requiring_article names " + title + ", an instrument of " + inst.jurisdiction()
                    + ", not of this jurisdiction's chain " + chain);
        }
        List<String> out = new ArrayList<>();
        for (String a : Arrays.stream(articles.split("、")).map(String::trim).filter(s -> !s.isEmpty()).toList()) {
            if (!inst.articles().contains(a)) {
                throw new CsvTable.BadCell("column requiring_article: " + title + " has no article " + a);
            }
            out.add(title + " " + a);
        }
        return List.copyOf(out);
    }
}
