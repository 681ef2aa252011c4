package org.regia.shared;

/** The record asked for does not exist (or the caller may not know it exists). */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super("error.notFound", what, id);
    }
}
