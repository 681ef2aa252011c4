package org.regia.shared.web;

import org.regia.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Pages: a record that does not exist (or may not be seen) gives the 404 page, in the user's language. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class WebErrorHandler {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
