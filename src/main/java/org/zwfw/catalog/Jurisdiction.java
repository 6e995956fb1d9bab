package org.zwfw.catalog;

/** A 行政区划 with its parent (null for 国家) and the folder under rules/ that holds its instruments and catalog. */
public record Jurisdiction(String code, String name, String parent, String folder) {}
