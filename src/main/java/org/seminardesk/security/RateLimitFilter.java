package org.seminardesk.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.seminardesk.platform.api.ApiError;
import org.seminardesk.platform.i18n.LanguageSelection;

/**
 * Public routes that take a token or make a registration (API and form posts), the lost-link form, the login
 * form, pro bono sign-ups and certificate checks are limited per client (ClientAddresses: the trusted proxies'
 * X-Forwarded-For, IPv6 by /64; SEMINARDESK_RATE_LIMIT_PER_MINUTE each, default 60; 0 switches it off): enough
 * for people, too few to guess tokens or passwords. Over the limit: 429 with Retry-After and a message in the
 * reader's language.
 */
@WebFilter(urlPatterns = {"/api/registrations", "/api/registrations/*", "/api/written-replies/*", "/api/survey-responses/*",
        "/api/probono/*", "/r/*", "/w/*", "/s/*", "/login.xhtml", "/api/portal/*", "/o/*", "/api/portal-links", "/c/*", "/api/registration-requests/*", "/p/*",
        "/api/participants/*",
        "/portal-link.xhtml", "/certificate.xhtml", "/api/certificates/*", "/register.xhtml", "/probono.xhtml"})
public class RateLimitFilter extends HttpFilter {

    @Inject
    RateLimit limit;

    @Inject
    Clock clock;

    @Inject
    ClientAddresses clients;

    /** Pages whose reading is free: only their form posts are counted. */
    private static final java.util.Set<String> POSTS_ONLY = java.util.Set.of("/login.xhtml", "/portal-link.xhtml",
            "/register.xhtml", "/probono.xhtml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (POSTS_ONLY.contains(path) && !"POST".equals(request.getMethod())) {
            chain.doFilter(request, response); // reading the login page is free; trying passwords is not
            return;
        }
        String routeClass = routeClass(path, request.getMethod());
        long retryAfter = limit.admit(key(routeClass, clients.keyOf(request)), clock.millis(), routeClass.equals("login"));
        if (retryAfter == 0) {
            chain.doFilter(request, response);
            return;
        }
        boolean japanese = LanguageSelection.of(request).equals(java.util.Locale.JAPANESE);
        response.setHeader("Retry-After", String.valueOf(retryAfter));
        if (path.startsWith("/api/")) {
            ApiError.write(response, 429, "Too many requests from your address: try again in %d seconds".formatted(retryAfter));
        } else {
            response.setStatus(429);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentType("text/plain");
            response.getWriter().write(japanese
                    ? "短い時間にアクセスが集中しました。%d 秒ほど待ってから、もう一度お試しください。".formatted(retryAfter)
                    : "Too many requests from your address. Please try again in about %d seconds.".formatted(retryAfter));
        }
    }

    /** What the counts are kept by: the route class and the client address. */
    public static String key(String routeClass, String clientAddress) {
        return routeClass + " " + clientAddress;
    }

    /** Registering, token links (pages and API), pro bono sign-ups and login attempts each have their own count. */
    private static String routeClass(String path, String method) {
        if (path.equals("/api/registrations") && "POST".equals(method) || path.equals("/register.xhtml")) {
            return "register";
        }
        if (path.equals("/login.xhtml")) {
            return "login";
        }
        if (path.equals("/api/portal-links") || path.equals("/portal-link.xhtml")) {
            return "lost-link";
        }
        return path.startsWith("/api/probono") || path.equals("/probono.xhtml") ? "probono" : "link";
    }
}
