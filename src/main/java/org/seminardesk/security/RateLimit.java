package org.seminardesk.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** This node's request counts and the limit per minute (SEMINARDESK_RATE_LIMIT_PER_MINUTE). */
@ApplicationScoped
public class RateLimit {

    @Inject
    @ConfigProperty(name = "seminardesk.rate-limit-per-minute", defaultValue = "60")
    int configured;

    private volatile int perMinute;
    private final RequestWindow window = new RequestWindow();

    @PostConstruct
    void start() {
        perMinute = configured;
    }

    /** 0 if the request may go on, else the seconds to wait. */
    long admit(String key, long nowMillis) {
        return window.admit(key, nowMillis, perMinute);
    }

    public int perMinute() {
        return perMinute;
    }

    /** For tests and operations: a new limit at once (0 switches it off). */
    public void change(int newPerMinute) {
        perMinute = newPerMinute;
    }
}
