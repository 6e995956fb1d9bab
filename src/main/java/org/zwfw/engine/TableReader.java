package org.zwfw.engine;

import org.zwfw.kernel.Problem;
import org.zwfw.lawbook.Instrument;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.zwfw.catalog.Catalog;

/**
 * Reads one family of analyst tables (fees, policies …) from the rules folder while a rule set is built, reporting
 * bad rows as problems so a broken table rejects the rule set like a broken rule does. A family registers its reader
 * in {@code META-INF/services/org.zwfw.engine.TableReader}: the loader names no family.
 */
public interface TableReader<T> {
    Class<T> type();

    T read(Path root, Catalog catalog, List<Instrument> instruments, List<Problem> problems);

    /** The values a rule's metadata may name, and the table that lists them. */
    record Listed(Set<String> values, String file) {}

    /**
     * Rule metadata that stands in for {@code @clause} because it names a row of this family's tables: e.g.
     * {@code @policy} names a policy of the policy catalog, whose basis the answers cite. The loader refuses a rule
     * naming anything the table does not list.
     */
    default Map<String, Listed> citingMetadata(T table) {
        return Map.of();
    }

    /**
     * The application classes this family's rules see when compiled ahead into a cached executable model: part of the
     * cache key, so a change to them is never served from an old build.
     */
    default List<Class<?>> factClasses() {
        return List.of();
    }

    /**
     * Rules this family generates from its tables and compiles with the analysts' (e.g. the fact type the data
     * dictionary declares): each as a path under the rules and its DRL bytes. Part of the compiled rules' cache key.
     */
    default void generatedRules(Path root, java.util.function.BiConsumer<String, byte[]> add) {}

    /** Whether a compile message only follows from a parse error elsewhere (then the parse error alone is reported). */
    default boolean followsFromAParseError(String message) {
        return false;
    }
}
