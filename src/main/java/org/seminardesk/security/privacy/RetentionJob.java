package org.seminardesk.security.privacy;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/** Runs the retention erasure a few minutes after start-up and then every 6 hours, on every node. */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    @Resource
    TimerService timers;

    @Inject
    Retention retention;

    @PostConstruct
    void start() {
        timers.createIntervalTimer(TimeUnit.MINUTES.toMillis(5), TimeUnit.HOURS.toMillis(6), new TimerConfig("retention", false));
    }

    @Timeout
    void erasePastRetention() {
        try {
            retention.run();
        } catch (RuntimeException e) {
            LOG.warn("Retention erasure failed; will try again", e);
        }
    }
}
