package org.zwfw.kernel;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set that cannot be used, with every problem found. */
public class RuleSetException extends RuntimeException {
    private final List<Problem> problems;

    public RuleSetException(List<Problem> problems) {
        super("rule set rejected:\n" + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> getProblems() { return problems; }
}
