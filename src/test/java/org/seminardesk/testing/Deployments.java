package org.seminardesk.testing;

import java.io.File;
import org.seminardesk.testing.server.TestControlResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test uses: the WAR exactly as `mvn package` built it, plus the test
 * controls in testing.server (rows and sessions aged, dispatchers run side by side), which never ship.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application() {
        File war = new File("target/seminardesk.war");
        if (!war.isFile()) {
            throw new IllegalStateException("Run the integration tests through Maven (mvn verify): " + war + " is missing");
        }
        return ShrinkWrap.create(ZipImporter.class, "seminardesk.war").importFrom(war).as(WebArchive.class)
                .addPackage(TestControlResource.class.getPackage());
    }
}
