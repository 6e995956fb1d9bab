package org.zwfw.ruleset;

import java.nio.file.Path;
import java.util.List;

import org.zwfw.catalog.Catalog;

/**
 * Reads one family of analyst tables (fees, policies …) from the rules folder while a rule set is built, reporting
 * bad rows as problems so a broken table rejects the rule set like a broken rule does.
 */
public interface TableReader<T> {
    Class<T> type();

    T read(Path root, Catalog catalog, List<Instrument> instruments, List<Problem> problems);
}
