package org.seminardesk.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.seminardesk.platform.api.ApiError;
import org.seminardesk.platform.i18n.LanguageSelection;

/**
 * Request bodies are as small as their route needs: uploads (attendance reports, organisation lists, materials,
 * and the signed-in pages' upload forms) up to SEMINARDESK_MAX_UPLOAD_BYTES (default 50 MB, the listener's own
 * cap in web.cli); everything else — JSON, public forms — up to SEMINARDESK_MAX_BODY_BYTES (default 1 MiB).
 * A declared length over the limit is refused (413) before a byte is read. A body of unknown length (chunked)
 * is read here up to the limit and refused past it, so nothing behind this filter ever holds more than the
 * limit; a chunked form post is refused (411), as the server would parse it before any filter could count.
 */
@WebFilter(urlPatterns = "/*")
public class BodySizeFilter extends HttpFilter {

    private static final Pattern UPLOADS = Pattern.compile(
            "/api/attendance/seminars/[^/]+/imports|/api/organisations/imports|/api/seminars/[^/]+/materials(/.*)?|/(manage|staff)/.*");

    @Inject
    @ConfigProperty(name = "seminardesk.max-upload-bytes", defaultValue = "52428800")
    long maxUploadBytes;

    @Inject
    @ConfigProperty(name = "seminardesk.max-body-bytes", defaultValue = "1048576")
    long maxBodyBytes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        long limit = limitFor(request.getRequestURI().substring(request.getContextPath().length()));
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, limit);
            return;
        }
        if (declared >= 0 || !hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        String type = String.valueOf(request.getContentType()).toLowerCase(Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/")) {
            refuse(request, response, HttpServletResponse.SC_LENGTH_REQUIRED, limit);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (body.length > limit) {
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, limit);
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    long limitFor(String path) {
        return UPLOADS.matcher(path).matches() ? maxUploadBytes : maxBodyBytes;
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getHeader("Transfer-Encoding") != null;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, long limit) throws IOException {
        response.setHeader("Connection", "close"); // the rest of the body is not read
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            ApiError.write(response, status, status == 411 ? "Send the form with a Content-Length" : "The request body is larger than " + limit + " bytes");
        } else {
            response.setStatus(status);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            boolean japanese = LanguageSelection.of(request).equals(Locale.JAPANESE);
            response.setContentType("text/plain");
            response.getWriter().write(japanese ? "送信された内容が大きすぎます（上限 %d バイト）。".formatted(limit)
                    : "What was sent is too large (at most %d bytes).".formatted(limit));
        }
    }

    /** The request with its body already read (at most the limit). */
    private static final class ReadBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    try {
                        return in.available() == 0;
                    } catch (IOException never) {
                        return true;
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body was read already");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
