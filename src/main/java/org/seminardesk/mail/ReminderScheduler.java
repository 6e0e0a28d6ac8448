package org.seminardesk.mail;

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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Looks for due reminders every poll (default a minute). Every node may run it: each seminar is reminded
 * under its row lock and each (registration, slot) is recorded once, so nodes never send a reminder twice.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderScheduler {

    private static final Logger LOG = Logger.getLogger(ReminderScheduler.class);

    @Resource
    TimerService timers;

    @Inject
    Reminders reminders;

    @Inject
    @ConfigProperty(name = "seminardesk.reminders.poll-seconds", defaultValue = "60")
    int pollSeconds;

    @PostConstruct
    void start() {
        long interval = TimeUnit.SECONDS.toMillis(pollSeconds);
        timers.createIntervalTimer(interval, interval, new TimerConfig("reminders", false));
    }

    @Timeout
    void remindDue() {
        java.util.List<Long> due;
        try {
            due = reminders.seminarsDue();
        } catch (RuntimeException e) {
            LOG.warn("Looking for due reminders failed; will try again", e);
            return;
        }
        for (long seminar : due) {
            try {
                int reminded = reminders.remind(seminar);
                LOG.debugf("Reminded %d registrations of seminar %d", reminded, seminar);
            } catch (RuntimeException e) {
                LOG.warnf(e, "Reminders for seminar %d failed; will try again", seminar);
            }
        }
    }
}
