package org.zwfw.engine;

/**
 * Test support: the sample {@code rules/} folder, compiled once per test JVM and shared by every test that only reads
 * it (a full compile costs seconds; surefire runs all test classes in one JVM). A rule set is immutable and its
 * session pool hands each decision a clean session, so sharing it is what the service does with its requests. A test
 * that changes the rules copies the folder ({@link RulesFolder#copyOfSample}) and compiles its copy.
 */
public final class SampleRules {
    private SampleRules() {}

    /** The compiled sample rule set, built on first use. */
    public static RuleSet get() {
        return Lazy.RULES;
    }

    /** Initialised on first access of {@link #get()} (the JVM's class initialisation is the lock). */
    private static final class Lazy {
        static final RuleSet RULES = RuleSetLoader.load(RulesFolder.SAMPLE);
    }
}
