package org.zwfw.engine;

import java.util.LinkedHashMap;
import java.util.Map;

import org.kie.api.KieBase;

/**
 * The rule bases this process compiled, by the key of their sources ({@link CompiledRuleCache#key}: each file's path
 * and bytes, with the Drools jars and fact classes, constant within a process), the
 * {@value #KEEP} most recently used kept. A reload whose rule files did not change — only a catalog row, a list, a
 * manifest, an interpretation entry — builds the new rule set on the rule base already compiled instead of compiling
 * the same rules again (the sample folder: seconds of compiling for each reload, each {@code validate}, each test's
 * copy of the folder). Only a build without errors is kept; a failed build is compiled, and reported, every time.
 * In memory only: a rule base is code loaded into this JVM and is never written anywhere.
 */
final class CompiledBases {
    static final int KEEP = 4;

    private static final Map<String, KieBase> BASES = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, KieBase> eldest) {
            return size() > KEEP;
        }
    };

    private CompiledBases() {}

    static synchronized KieBase get(String key) {
        return BASES.get(key);
    }

    static synchronized void put(String key, KieBase base) {
        BASES.put(key, base);
    }
}
