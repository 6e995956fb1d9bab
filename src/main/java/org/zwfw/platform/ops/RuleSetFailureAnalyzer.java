package org.zwfw.platform.ops;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.zwfw.kernel.Problem;
import org.zwfw.kernel.RuleSetException;

/**
 * A start on a rules folder that cannot be used: the operator reads each {@code file:line: message} and one line saying
 * the service did not start — Spring Boot prints a failure analysis without the stack trace (which stays at DEBUG).
 * Registered in META-INF/spring.factories.
 */
public class RuleSetFailureAnalyzer extends AbstractFailureAnalyzer<RuleSetException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RuleSetException cause) {
        String problems = cause.getProblems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
        return new FailureAnalysis("The service did not start: the rules folder has " + cause.getProblems().size()
                + " problem(s):\n" + problems,
                "Fix each file:line above (java -jar zwfw-rules.jar validate <rules-dir> checks a folder without"
                        + " starting the service), then start again.", cause);
    }
}
