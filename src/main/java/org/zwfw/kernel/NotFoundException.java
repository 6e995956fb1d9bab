package org.zwfw.kernel;

/**
 * A named resource (jurisdiction, matter, case, credit record) that does not exist: {@code field} is the path
 * parameter or body member that named it, {@code problem} what is wrong with it (without its value, which may be an
 * identifier), the message the detail of the answer.
 */
public class NotFoundException extends FieldFault {
    public NotFoundException(String field, String problem, String message) {
        super(field, problem, message);
    }
}
