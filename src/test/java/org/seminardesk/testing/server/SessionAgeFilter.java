package org.seminardesk.testing.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import org.seminardesk.security.LoginMechanism;
import org.seminardesk.security.SignedIn;

/**
 * Test deployments only: a request with the header X-Test-Signed-In-Ago (an ISO-8601 duration) makes its own
 * session's sign-in that much older, from the next request on, as if it had signed in then. Only that session
 * ages; the server's clock does not move (issue 21).
 */
@WebFilter("/*")
public class SessionAgeFilter extends HttpFilter {

    static final String HEADER = "X-Test-Signed-In-Ago";

    @jakarta.inject.Inject
    java.time.Clock clock;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String ago = request.getHeader(HEADER);
        HttpSession session = request.getSession(false);
        if (ago != null && session != null && session.getAttribute(LoginMechanism.SIGNED_IN) instanceof SignedIn signedIn) {
            LoginMechanism.remember(request, new SignedIn(signedIn.username(), signedIn.version(),
                    clock.instant().minus(Duration.parse(ago))));
        }
        chain.doFilter(request, response);
    }
}
