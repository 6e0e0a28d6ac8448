package org.seminardesk.platform.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * On start-up, the demo data into an empty database. Nodes of a cluster started together on a new database
 * all find it empty; the organisations' unique names let one of them load it, and the others start as usual.
 */
@ApplicationScoped
public class DemoDataStart {

    private static final Logger LOG = Logger.getLogger(DemoDataStart.class);

    @Inject
    DemoDataLoader loader;

    void onStartup(@Observes Startup startup) {
        try {
            loader.loadIntoEmptyDatabase();
        } catch (RuntimeException failed) {
            if (!loader.hasData()) {
                throw failed; // nobody loaded it: the demo data itself is wrong
            }
            LOG.infof("Demo data loaded by another node meanwhile (%s)", failed.getClass().getSimpleName());
        }
    }
}
