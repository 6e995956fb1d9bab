package org.zwfw.kernel;

/** One thing wrong with a rule set, located as analysts read it: {@code file:line: message}. */
public record Problem(String file, int line, String message) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
