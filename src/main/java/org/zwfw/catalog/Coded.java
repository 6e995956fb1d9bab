package org.zwfw.catalog;

/** Anything that names a material of the catalog by its code (a missing material, a replaced proof …). */
public interface Coded {
    String getCode();
}
