package org.zwfw.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.KieBase;

/**
 * The rule bases this process compiled, by the SHA-256 of their sources (each file's path and bytes), the
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

    static String key(List<String> paths, List<byte[]> contents) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < paths.size(); i++) {
                sha.update(paths.get(i).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                byte[] c = contents.get(i);
                sha.update(Integer.toString(c.length).getBytes(StandardCharsets.US_ASCII));
                sha.update((byte) 0);
                sha.update(c);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static synchronized KieBase get(String key) {
        return BASES.get(key);
    }

    static synchronized void put(String key, KieBase base) {
        BASES.put(key, base);
    }
}
