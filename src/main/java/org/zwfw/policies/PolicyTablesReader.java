package org.zwfw.policies;

import java.nio.file.Path;
import java.util.List;

import org.zwfw.catalog.Catalog;
import org.zwfw.ruleset.Instrument;
import org.zwfw.ruleset.Problem;
import org.zwfw.ruleset.TableReader;

/** Reads the policy tables and the subject data dictionary of the rules folder. */
public class PolicyTablesReader implements TableReader<PolicyTables> {
    @Override
    public Class<PolicyTables> type() { return PolicyTables.class; }

    @Override
    public PolicyTables read(Path root, Catalog catalog, List<Instrument> instruments, List<Problem> problems) {
        return new PolicyTables();
    }
}
