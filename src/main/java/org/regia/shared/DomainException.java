package org.regia.shared;

import java.util.Arrays;

/**
 * A rule of the domain was broken. Carries a message key (resolved in the user's language) and, when the rule is
 * about one input, the name of that field so forms can show the message next to it.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private DomainException(String field, String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public static DomainException onField(String field, String messageKey, Object... arguments) {
        return new DomainException(field, messageKey, arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    /** The input the rule is about, or {@code null} when it concerns the whole object. */
    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
