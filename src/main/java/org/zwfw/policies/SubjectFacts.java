package org.zwfw.policies;

import org.zwfw.policies.subject.Subject;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;

import org.kie.api.KieBase;
import org.kie.api.definition.type.FactType;

/**
 * Makes the policy rules' {@code Subject} facts — the type declared from the data dictionary when the rules compiled
 * ({@link SubjectDictionary#declaration()}) — from {@link Subject}s, and finds the subject again from a fact. One per
 * rule base; thread-safe.
 */
public final class SubjectFacts {
    private final Class<?> factClass;
    private final MethodHandle create;
    private final MethodHandle subject;
    private final MethodHandle setSubject;
    private final MethodHandle setKey;
    private final MethodHandle setType;
    private final String[] names;
    private final MethodHandle[] setters;

    private SubjectFacts(Class<?> factClass, SubjectDictionary dictionary) throws ReflectiveOperationException {
        this.factClass = factClass;
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        create = lookup.findConstructor(factClass, MethodType.methodType(void.class))
                .asType(MethodType.methodType(Object.class));
        subject = lookup.findVirtual(factClass, "getSubject", MethodType.methodType(Subject.class))
                .asType(MethodType.methodType(Subject.class, Object.class));
        setSubject = setter(lookup, "subject", Subject.class);
        setKey = setter(lookup, "key", String.class);
        setType = setter(lookup, "type", String.class);
        List<String> n = new ArrayList<>();
        List<MethodHandle> s = new ArrayList<>();
        for (SubjectDictionary.Attribute a : dictionary.attributes().values()) {
            n.add(a.name());
            s.add(setter(lookup, a.name(), switch (a.kind()) {
                case INTEGER -> Integer.class;
                case DECIMAL -> Double.class;
                case BOOLEAN -> Boolean.class;
                case REGION, ENUM -> String.class;
            }));
        }
        names = n.toArray(String[]::new);
        setters = s.toArray(MethodHandle[]::new);
    }

    private MethodHandle setter(MethodHandles.Lookup lookup, String field, Class<?> type)
            throws ReflectiveOperationException {
        String name = "set" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
        return lookup.findVirtual(factClass, name, MethodType.methodType(void.class, type))
                .asType(MethodType.methodType(void.class, Object.class, Object.class));
    }

    /** The fact maker of a rule base that declares the Subject fact, or null when it declares none. */
    public static SubjectFacts of(KieBase kieBase, SubjectDictionary dictionary) {
        FactType t = kieBase == null ? null
                : kieBase.getFactType(SubjectDictionary.FACT_PACKAGE, SubjectDictionary.FACT_NAME);
        if (t == null) {
            return null;
        }
        try {
            return new SubjectFacts(t.getFactClass(), dictionary);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the rule base's Subject fact does not match the data dictionary: "
                    + e.getMessage(), e);
        }
    }

    /** The fact the rules match for this subject. */
    public Object fact(Subject s) {
        try {
            Object f = create.invokeExact();
            setSubject.invokeExact(f, (Object) s);
            setKey.invokeExact(f, (Object) s.getKey());
            setType.invokeExact(f, (Object) s.getType());
            // Every field set, absent ones to null: the classic compiler's declared types start numeric fields at 0
            // (an absent employees would satisfy employees <= 300), the executable model's at null.
            for (int i = 0; i < names.length; i++) {
                setters[i].invokeExact(f, s.get(names[i]));
            }
            return f;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** The subject a fact was made from. */
    public Subject subjectOf(Object fact) {
        try {
            return (Subject) subject.invokeExact(fact);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
