package org.regia.applications;

import java.util.List;

/** One validation problem of a form: the field path (e.g. {@code workPackages[1].title}), a message key, arguments. */
public record FieldError(String path, String messageKey, List<Object> arguments) {

    public static FieldError of(String path, String key, Object... args) {
        return new FieldError(path, key, List.of(args));
    }
}
