package org.zwfw.catalog;

/** A material as the 办事指南 lists it for one matter. */
public record CatalogMaterial(String matterCode, String code, String name, String form, Integer copies,
                              boolean main, boolean proof, String obtainableVia) {}
