package org.zwfw.fees;

import java.nio.file.Path;
import java.util.List;

import org.zwfw.catalog.Catalog;
import org.zwfw.ruleset.Instrument;
import org.zwfw.ruleset.Problem;
import org.zwfw.ruleset.TableReader;

/** Reads the fee tables of the rules folder. */
public class FeeTablesReader implements TableReader<FeeTables> {
    @Override
    public Class<FeeTables> type() { return FeeTables.class; }

    @Override
    public FeeTables read(Path root, Catalog catalog, List<Instrument> instruments, List<Problem> problems) {
        return new FeeTables();
    }
}
