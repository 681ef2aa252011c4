package org.regia.shared.web;

import org.regia.shared.DomainException;
import org.springframework.validation.BindingResult;

/** Puts a domain rule's message next to the field it concerns (or at the top of the form). */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult result, DomainException e) {
        if (e.field() != null && result.getFieldType(e.field()) != null) {
            result.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
        } else {
            result.reject(e.messageKey(), e.arguments(), e.messageKey());
        }
    }
}
