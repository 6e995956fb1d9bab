package org.zwfw.lawbook.vocabulary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a request field whose words are data: its allowed values are the codes of a vocabulary table of the rules
 * folder ({@code rules/vocabulary/<table>.csv}; for {@code fee-conditions}, the values of one {@code condition}). The
 * request's validator checks the field against that same table, and the service's OpenAPI document lists its codes
 * in service as the field's enum (an array field: its items').
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface FromVocabulary {
    /** The table: {@code priority-groups}, {@code applicant-types}, {@code material-statuses} or {@code fee-conditions}. */
    String table();

    /** For {@code fee-conditions}: the condition whose values are allowed (e.g. {@code HOUSING_TYPE}). */
    String condition() default "";
}
