package org.zwfw.governance.coverage;

import java.util.List;

/** One scenario of a Cucumber run: its feature file (relative to the project), line, name, tags and status. */
public record ScenarioResult(String feature, int line, String name, List<String> tags, String status) {
    public boolean passed() {
        return "PASSED".equals(status);
    }
}
