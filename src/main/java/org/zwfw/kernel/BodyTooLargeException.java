package org.zwfw.kernel;

import java.io.IOException;

/** A request body grew past its limit while it was read (413). */
public class BodyTooLargeException extends IOException {
    private final long limit;

    public BodyTooLargeException(long limit) {
        super("request body larger than " + limit + " bytes");
        this.limit = limit;
    }

    /** This exception among {@code t} and its causes, or null. */
    public static BodyTooLargeException in(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof BodyTooLargeException b) {
                return b;
            }
        }
        return null;
    }

    public long getLimit() {
        return limit;
    }
}
