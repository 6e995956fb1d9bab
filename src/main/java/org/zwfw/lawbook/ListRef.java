package org.zwfw.lawbook;

/**
 * A row of an agency's published list that a conclusion rests on (domain.md §0, basis LIST): which list, which row,
 * and where the list comes from (published by whom, from when, under which article).
 */
public record ListRef(String name, String row, String source) {}
