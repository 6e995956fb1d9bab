package org.zwfw.engine;

import java.util.Collection;

/** What a decision family puts into a session before its phases run: globals and facts, nothing else. */
public interface Facts {
    void global(String name, Object value);

    void insert(Object fact);

    default void insertAll(Collection<?> facts) {
        facts.forEach(this::insert);
    }
}
