package org.seminardesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.seminardesk.platform.api.ApiError;

/**
 * CSRF for the API. A request that changes something and carries credentials the browser adds by itself (the
 * session cookie, remembered Basic credentials) must show that a page of this site or a script sent it: an
 * Origin equal to this site's, or, without Origin, an X-Requested-With header or its own Authorization.
 * Browsers send Origin with every cross-site POST, PUT, PATCH and DELETE, so another site's form or fetch is
 * refused (403) whatever its content type; SameSite=Lax alone would let a same-site subdomain through.
 */
@WebFilter(urlPatterns = "/api/*")
public class ApiOriginFilter extends HttpFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod()) || !carriesAmbientCredentials(request) || sentByThisSiteOrAScript(request)) {
            chain.doFilter(request, response);
            return;
        }
        ApiError.write(response, HttpServletResponse.SC_FORBIDDEN, "A request from another site: refused (send X-Requested-With from scripts)");
    }

    private static boolean carriesAmbientCredentials(HttpServletRequest request) {
        return request.getRequestedSessionId() != null || request.getHeader("Authorization") != null;
    }

    static boolean sentByThisSiteOrAScript(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return sameAuthority(origin, request.getHeader("Host"));
        }
        return request.getHeader("X-Requested-With") != null || request.getHeader("Authorization") != null;
    }

    /**
     * "https://seminars.example.jp" against the Host the client addressed (behind a proxy: the Host it passes
     * on). "null" and other sites never match.
     */
    static boolean sameAuthority(String origin, String host) {
        int schemeEnd = origin.indexOf("://");
        if (schemeEnd < 0 || host == null || host.isBlank()) {
            return false;
        }
        return withoutDefaultPort(origin.substring(schemeEnd + 3)).equalsIgnoreCase(withoutDefaultPort(host.strip()));
    }

    private static String withoutDefaultPort(String authority) {
        return authority.endsWith(":80") || authority.endsWith(":443") ? authority.substring(0, authority.lastIndexOf(':')) : authority;
    }
}
