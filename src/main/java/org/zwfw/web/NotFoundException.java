package org.zwfw.web;

/** A named resource (jurisdiction, matter) that does not exist. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) { super(message); }
}
