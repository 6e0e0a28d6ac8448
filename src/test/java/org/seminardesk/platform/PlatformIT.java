package org.seminardesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.junit.jupiter.api.Test;
import org.seminardesk.testing.ApplicationIT;
import org.seminardesk.testing.Http;

/** What operators rely on: the OpenAPI document and the health checks a load balancer asks. */
class PlatformIT extends ApplicationIT {

    @Test
    void servesTheOpenApiDocument() {
        Http.Reply openapi = anonymous.get("openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/seminars"), openapi.body());
        assertTrue(openapi.body().contains("/api/registrations"));
    }

    @Test
    void reportsReadyWhenTheDatabaseAnswers() throws Exception {
        URL management = new URL("http://localhost:" + System.getProperty("it.management.port") + "/");
        Http.Reply ready = Http.at(management).get("health/ready");
        assertEquals(200, ready.status(), ready.body());
        assertTrue(ready.body().contains("\"database\""), ready.body());
        assertEquals("UP", ready.json().getString("status"));
    }
}
