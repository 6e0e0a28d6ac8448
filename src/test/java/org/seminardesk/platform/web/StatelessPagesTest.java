package org.seminardesk.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StatelessPagesTest {

    /** A transient view keeps no state: a Faces form on it could not be posted back as its page was rendered. */
    @Test
    void theStatelessPagesHaveNoFacesForm() throws Exception {
        for (String view : StatelessPages.VIEWS) {
            String page = Files.readString(Path.of("src/main/webapp" + view));
            assertFalse(page.contains("<h:form") || page.contains("<p:ajax") || page.contains("<f:ajax"), view + " has a Faces form now");
        }
    }
}
