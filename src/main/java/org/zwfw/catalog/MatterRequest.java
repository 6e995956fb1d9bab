package org.zwfw.catalog;

/**
 * The fields a decision request about one matter opens with, as intake systems send them (text, unchecked): where,
 * which matter, on which day, by which channel. {@link Catalog#matterAsked} checks them for every family alike.
 */
public interface MatterRequest {
    String jurisdiction();

    String matterCode();

    String asOf();

    String channel();
}
