package org.zwfw.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** The keyed hash is HMAC-SHA256 of the trimmed, upper-cased identifier, the same on every thread and every call. */
class IdentifierHasherTest {
    // Expected values computed outside Java: python3 hmac.new(key, id, hashlib.sha256).hexdigest()
    static final String PERSON = "f3404875bf6edef8a29c84195c7200878ed4aaf81cfe07ae0166438cbe7689b9";
    static final String ENTERPRISE = "d4a8df43f6912767d5b8a02e7235746cfc934775d64cfd1157c7cc77142be91e";

    final IdentifierHasher hasher = new IdentifierHasher("test-only-key-0123456789");

    @Test
    void isTheHmacOfTheNormalisedIdentifierCallAfterCall() {
        assertThat(hasher.hash("11010519491231002X")).isEqualTo(PERSON);
        assertThat(hasher.hash(" 11010519491231002x ")).isEqualTo(PERSON);
        assertThat(hasher.hash("91350100M000100Y43")).isEqualTo(ENTERPRISE);
        assertThat(hasher.hash("11010519491231002X")).isEqualTo(PERSON);
    }

    @Test
    void threadsHashingAtOnceAgree() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int n = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 5_000; i++) {
                        boolean person = (i + n) % 2 == 0;
                        String h = hasher.hash(person ? "11010519491231002X" : "91350100M000100Y43");
                        if (!h.equals(person ? PERSON : ENTERPRISE)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
