package org.seminardesk.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API lives under /api; its OpenAPI document is served by WildFly at /openapi. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Seminar Desk API", version = "1"))
public class RestApplication extends Application {
}
