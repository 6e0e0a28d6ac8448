package org.seminardesk.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like client for Faces pages: keeps the session cookie and posts a page's forms with their view state. */
public final class PageSession {

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build(); // as a browser does after Post/Redirect/Get
    private final URL base;
    private final Http.As who;
    private String page;

    public PageSession(URL base, Http.As who) {
        this.base = base;
        this.who = who;
    }

    public String open(String path) throws Exception {
        page = client.send(request(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        return page;
    }

    /** Submits form {@code form} with the given fields by pressing its button {@code button}. */
    public String submit(String form, String button, Map<String, String> fields) throws Exception {
        Matcher action = Pattern.compile("<form id=\"" + form + "\"[^>]*action=\"([^\"]+)\"").matcher(page);
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertTrue(action.find() && state.find(), "form " + form + " on the page");
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put(form, form);
        all.put(button, "x");
        all.put("jakarta.faces.ViewState", state.group(1));
        Matcher nonce = Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]+)\"").matcher(page);
        if (nonce.find()) {
            all.put("primefaces.nonce", nonce.group(1)); // the page's CSP nonce, which every form posts back
        }
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        page = client.send(request(URI.create(base.toString()).resolve(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        return page;
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        if (who != Http.As.ANONYMOUS) {
            request.header("Authorization", Http.authorization(who));
        }
        return request;
    }
}
