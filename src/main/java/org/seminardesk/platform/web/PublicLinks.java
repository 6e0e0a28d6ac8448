package org.seminardesk.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Links in mail, made from the address people use (SEMINARDESK_PUBLIC_URL), e.g. to an organisation's /r/{token}. */
@ApplicationScoped
public class PublicLinks {

    @Inject
    @ConfigProperty(name = "seminardesk.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    /** "r/abc" → "https://seminars.example.jp/r/abc". */
    public String to(String path) {
        return (publicUrl.endsWith("/") ? publicUrl : publicUrl + "/") + path;
    }
}
