package org.zwfw.lint;

import java.util.Map;

/**
 * {@code jurisdiction} (行政区划代码), {@code asOf} (default today) and, optionally, a candidate {@code catalog} to lint
 * instead of the published one: its tables as CSV text by name — {@code matters} (required), {@code guide},
 * {@code materials}, {@code toleranceList}, {@code retainedProofs}; a table not given is empty.
 */
public record CatalogLintRequest(String jurisdiction, String asOf, Map<String, String> catalog) {}
