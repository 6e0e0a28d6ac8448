package org.seminardesk.testing;

import java.io.IOException;
import java.io.InputStream;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.OperationBuilder;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * The application deployed once for the whole integration-test run (not once per test class): the first test
 * to need it puts the WAR (Deployments.application) on the server Arquillian started, replacing whatever an
 * earlier run left there. Each test makes its own data and resets what it shifts (the test clock), so classes
 * share the deployment safely.
 */
final class SuiteDeployment {

    private static final String NAME = "seminardesk.war";
    private static boolean deployed;

    private SuiteDeployment() {
    }

    static synchronized void ensure() {
        if (deployed) {
            return;
        }
        try (ModelControllerClient client = ModelControllerClient.Factory.create("127.0.0.1",
                Integer.getInteger("it.management.port", 10090));
             InputStream war = Deployments.application().as(ZipExporter.class).exportAsInputStream()) {
            ModelNode operation = new ModelNode();
            if (present(client)) {
                operation.get("operation").set("full-replace-deployment");
                operation.get("address").setEmptyList();
                operation.get("name").set(NAME);
            } else {
                operation.get("operation").set("add");
                operation.get("address").add("deployment", NAME);
            }
            operation.get("content").get(0).get("input-stream-index").set(0);
            operation.get("enabled").set(true);
            ModelNode result = client.execute(OperationBuilder.create(operation).addInputStream(war).build());
            if (!"success".equals(result.get("outcome").asString())) {
                throw new IllegalStateException("The application did not deploy: " + result);
            }
            deployed = true;
        } catch (IOException e) {
            throw new IllegalStateException("The server's management port did not answer", e);
        }
    }

    private static boolean present(ModelControllerClient client) throws IOException {
        ModelNode read = new ModelNode();
        read.get("operation").set("read-resource");
        read.get("address").add("deployment", NAME);
        return "success".equals(client.execute(read).get("outcome").asString());
    }
}
