package org.seminardesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How people sign in. Pages: the login form (login.xhtml hands the credential over through
 * SecurityContext.authenticate); a protected page asked for without a session sends the browser there.
 * API clients: HTTP Basic, answered 401 without it. Either way the session remembers who signed in, under
 * which session version, and since when: every request checks the account again, so a disabled account, a
 * removed role, a new password or "sign out everywhere" ends its sessions at once, and no session lives
 * longer than SEMINARDESK_SESSION_MAX_HOURS (default 12) whatever its activity.
 */
@ApplicationScoped
public class LoginMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    /** The session attribute holding the {@link SignedIn}. */
    public static final String SIGNED_IN = "seminardesk.signedIn";
    /** Set on the request when a sign-in was refused because this client must wait: the seconds to wait. */
    public static final String RETRY_AFTER = "seminardesk.signIn.retryAfter";

    @Inject
    AccountService accounts;

    @Inject
    ClientAddresses clients;

    @Inject
    FirstAdmin firstAdmin;

    @Inject
    @ConfigProperty(name = "seminardesk.session-max-hours", defaultValue = "12")
    int sessionMaxHours;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential submitted = context.getAuthParameters().getCredential();
        if (submitted instanceof UsernamePasswordCredential form) {
            firstAdmin.awaitCreation();
            SignInResult result = accounts.signIn(form.getCaller(), form.getPasswordAsString(), clients.keyOf(request));
            if (!result.succeeded()) {
                request.setAttribute(RETRY_AFTER, result.retryAfterSeconds());
                return AuthenticationStatus.SEND_FAILURE; // the form says so itself
            }
            return signedIn(request, context, result.session().get(), result.roles());
        }
        if (!context.isProtected() && isStaticResource(request)) {
            return context.doNothing(); // a page's scripts and styles: no account to look up for each of them
        }
        Optional<AuthenticationStatus> session = fromSession(request, context);
        if (session.isPresent()) {
            return session.get();
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6) && (isApi(request) || context.isProtected())) {
            return basic(authorization.substring(6).strip(), request, response, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return challenge(response, context);
        }
        String next = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }

    /** The session's caller if the account still stands behind it; else the session ends here. */
    private Optional<AuthenticationStatus> fromSession(HttpServletRequest request, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn)) {
            return Optional.empty();
        }
        Optional<Set<String>> roles = accounts.stillSignedIn(signedIn, Duration.ofHours(sessionMaxHours));
        if (roles.isEmpty()) {
            session.invalidate();
            return Optional.empty();
        }
        return Optional.of(context.notifyContainerAboutLogin(signedIn.username(), roles.get()));
    }

    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return challenge(response, context);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return challenge(response, context);
        }
        firstAdmin.awaitCreation();
        SignInResult result = accounts.signIn(decoded.substring(0, colon), decoded.substring(colon + 1), clients.keyOf(request));
        if (result.succeeded()) {
            return signedIn(request, context, result.session().get(), result.roles());
        }
        return result.retryAfterSeconds() > 0 ? tooManyTries(response, result.retryAfterSeconds()) : challenge(response, context);
    }

    private static AuthenticationStatus signedIn(HttpServletRequest request, HttpMessageContext context, SignedIn signedIn, Set<String> roles) {
        remember(request, signedIn);
        return context.notifyContainerAboutLogin(signedIn.username(), roles);
    }

    /** Stores the sign-in in the session (also after the user changed their own password: a new version). */
    public static void remember(HttpServletRequest request, SignedIn signedIn) {
        request.getSession(true).setAttribute(SIGNED_IN, signedIn);
    }

    /** 401; its body is the API's JSON error (ErrorPageServlet, web.xml's error page for 401). */
    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Seminar Desk\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    /**
     * 429 without checking the password: this client failed too often and must wait (Retry-After). The body is
     * the error page's, like the 401's (ErrorPageServlet: JSON on the API).
     */
    private static AuthenticationStatus tooManyTries(HttpServletResponse response, long seconds) {
        response.setHeader("Retry-After", String.valueOf(seconds));
        try {
            response.sendError(429);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/");
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
