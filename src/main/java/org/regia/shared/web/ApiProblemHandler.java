package org.regia.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.regia.shared.DomainException;
import org.regia.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the JSON API as RFC 9457 problem details, with the message in the caller's language and, for input
 * errors, the list of fields and reasons.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblemHandler {

    private final MessageSource messages;

    public ApiProblemHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "not-found", message(e), request, List.of());
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException e, HttpServletRequest request) {
        List<Map<String, String>> errors = e.field() == null ? List.of()
                : List.of(Map.of("field", e.field(), "message", message(e)));
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violated", message(e), request, errors);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(fe -> Map.of("field", fe.getField(),
                        "message", messages.getMessage(fe, LocaleContextHolder.getLocale())))
                .toList();
        String title = messages.getMessage("error.validation", null, LocaleContextHolder.getLocale());
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", title, request, errors);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail conflict(ObjectOptimisticLockingFailureException e, HttpServletRequest request) {
        String title = messages.getMessage("error.concurrentEdit", null, LocaleContextHolder.getLocale());
        return problem(HttpStatus.CONFLICT, "concurrent-edit", title, request, List.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e, HttpServletRequest request) {
        String title = messages.getMessage("error.forbidden", null, LocaleContextHolder.getLocale());
        return problem(HttpStatus.FORBIDDEN, "forbidden", title, request, List.of());
    }

    private String message(DomainException e) {
        return messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale());
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail, HttpServletRequest request,
                                         List<Map<String, String>> errors) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setType(URI.create("https://regia.example/problems/" + type));
        pd.setTitle(status.getReasonPhrase());
        pd.setInstance(URI.create(request.getRequestURI()));
        if (!errors.isEmpty()) {
            pd.setProperty("errors", errors);
        }
        return pd;
    }
}
