package org.regia.opendata.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Token bucket per client address on the public open-data API: {@code capacity} requests at once, refilled at
 * {@code refill-per-second}. Over the limit: 429 with an RFC 9457 problem detail and Retry-After. The address is the
 * socket's (a proxy in front must set it, e.g. with server.forward-headers-strategy).
 */
@Component
class RateLimitFilter extends OncePerRequestFilter {

    static final String PATH = "/api/public/opendata";

    private final Clock clock;
    private final MessageSource messages;
    private final double capacity;
    private final double refillPerSecond;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimitFilter(Clock clock, MessageSource messages,
                    @Value("${regia.opendata.rate-limit.capacity:60}") double capacity,
                    @Value("${regia.opendata.rate-limit.refill-per-second:1}") double refillPerSecond) {
        this.clock = clock;
        this.messages = messages;
        this.capacity = capacity;
        this.refillPerSecond = refillPerSecond;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (buckets.size() > 50_000) {
            buckets.clear(); // crude bound on memory; worst case everybody gets a fresh bucket
        }
        Bucket bucket = buckets.computeIfAbsent(request.getRemoteAddr(), k -> new Bucket(capacity, clock.millis()));
        long waitSeconds = bucket.take(clock.millis(), capacity, refillPerSecond);
        if (waitSeconds == 0) {
            chain.doFilter(request, response);
            return;
        }
        String detail = messages.getMessage("opendata.api.rateLimited", new Object[] {waitSeconds}, LocaleContextHolder.getLocale());
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(waitSeconds));
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"https://regia.example/problems/rate-limited\",\"title\":\"Too Many Requests\","
                + "\"status\":429,\"detail\":\"" + detail.replace("\"", "'") + "\",\"instance\":\""
                + request.getRequestURI().replace("\"", "") + "\"}");
    }

    static final class Bucket {
        private double tokens;
        private long last;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.last = now;
        }

        /** @return 0 when a token was taken, else the seconds to wait for the next one */
        synchronized long take(long now, double capacity, double refillPerSecond) {
            tokens = Math.min(capacity, tokens + (now - last) / 1000.0 * refillPerSecond);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / refillPerSecond));
        }
    }
}
