package org.seminardesk.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Cache-Control: no-store on every page, API answer and token link: they carry personal data (participant
 * lists, exports, a person's own page), and no browser cache or shared proxy may keep a copy. Only the pages'
 * static resources (scripts, styles, fonts) are left to be cached.
 */
@WebFilter(urlPatterns = {"*.xhtml", "/api/*", "/r/*", "/w/*", "/s/*", "/o/*", "/p/*", "/c/*"})
public class NoStoreFilter extends HttpFilter {

    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + RESOURCES)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
