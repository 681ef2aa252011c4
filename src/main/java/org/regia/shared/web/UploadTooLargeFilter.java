package org.regia.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A multipart request above the container's limit ({@code spring.servlet.multipart.max-file-size}) cannot be read:
 * the first filter that asks for a parameter (the CSRF check) fails, and so does the error page after it, so the
 * person got the servlet container's bare "413" page. This filter, first in the chain, reads the parts itself; when
 * they are too large it answers at once — a browser form goes back to the page it came from with
 * {@code ?uploadTooLarge} (the layout says what happened and that nothing was saved), an API client gets a 413 problem
 * JSON. Nothing reaches the application, so nothing is stored.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLargeFilter extends OncePerRequestFilter {

    static final String PARAMETER = "uploadTooLarge";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equalsIgnoreCase(request.getMethod()) && !"PUT".equalsIgnoreCase(request.getMethod())
                || type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IOException | ServletException | RuntimeException e) {
            if (!tooLarge(e)) {
                throw e;
            }
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Tomcat's FileSizeLimitExceededException / SizeLimitExceededException, whatever wraps them. */
    static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.contains("SizeLimitExceeded") || name.equals("SizeException")) {
                return true;
            }
        }
        return false;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String accept = request.getHeader("Accept");
        String back = sameSiteReferer(request);
        if (request.getRequestURI().startsWith("/api/") || back == null || accept != null && accept.contains("application/json")
                && !accept.contains("text/html")) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Payload Too Large\",\"status\":413,"
                    + "\"detail\":\"The upload is larger than the server accepts; nothing was saved.\",\"instance\":\""
                    + request.getRequestURI().replace("\"", "") + "\"}");
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", back + (back.contains("?") ? "&" : "?") + PARAMETER);
    }

    /** The page the form was on, as a path of this site (never another site: no open redirect). */
    static String sameSiteReferer(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return null;
            }
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return null;
            }
            String query = uri.getRawQuery() == null ? "" : uri.getRawQuery().replaceAll("(^|&)" + PARAMETER + "(=[^&]*)?", "");
            query = query.replaceAll("^&+", "");
            return path + (query.isEmpty() ? "" : "?" + query);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
