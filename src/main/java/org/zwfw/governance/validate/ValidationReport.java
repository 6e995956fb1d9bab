package org.zwfw.governance.validate;

import java.util.List;

/** What {@code validate} found: {@code valid} when there is no problem; problems in file, line, column order. */
public record ValidationReport(boolean valid, int rules, List<Finding> problems, List<Finding> notices) {

    public ValidationReport(boolean valid, int rules, List<Finding> problems) {
        this(valid, rules, problems, List.of());
    }
}
