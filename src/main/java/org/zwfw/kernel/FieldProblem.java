package org.zwfw.kernel;

/** One bad field of a request: where it is (JSON path) and what is wrong with it. Never echoes personal data. */
public record FieldProblem(String field, String message) {}
