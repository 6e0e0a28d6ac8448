package org.seminardesk.security;

import io.undertow.servlet.handlers.ServletRequestContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetSocketAddress;
import java.util.Collections;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client key of a request (ClientAddress) from the TCP peer and X-Forwarded-For. The peer is read from the
 * connection, not from getRemoteAddr(): with WildFly's proxy-address-forwarding on (needed for
 * X-Forwarded-Proto) that is the header's leftmost entry, which the client writes.
 */
@ApplicationScoped
public class ClientAddresses {

    @Inject
    @ConfigProperty(name = "seminardesk.trusted-proxies", defaultValue = " ")
    String trustedProxies;

    private ClientAddress rule;

    @PostConstruct
    void start() {
        rule = ClientAddress.trusting(trustedProxies);
    }

    public String keyOf(HttpServletRequest request) {
        return rule.keyOf(peer(request), Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    private static String peer(HttpServletRequest request) {
        ServletRequestContext current = ServletRequestContext.current();
        if (current != null && current.getExchange().getConnection().getPeerAddress() instanceof InetSocketAddress socket
                && socket.getAddress() != null) {
            return socket.getAddress().getHostAddress();
        }
        return request.getRemoteAddr();
    }
}
