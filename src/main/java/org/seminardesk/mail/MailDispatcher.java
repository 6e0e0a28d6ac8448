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
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends due outbox rows through WildFly's mail session, a batch over one SMTP connection. A rejected address
 * fails that mail only; a connection that cannot be made leaves the whole batch for a later attempt.
 * Each mail is recorded SENT as soon as the server accepts it ({@link SentLog}), so a node that dies mid-batch
 * leaves only the mail in flight unrecorded; another node sends the rest of the batch once the claim lease has
 * run out. A live batch renews its claim as it goes, so a batch slower than the lease is never taken over. A resent mail keeps its Message-ID ({@link StableIdMessage}). Polling is an EJB timer, so it lives
 * and dies with the deployment; each outbox step runs in its own transaction. Calls may run side by side (and on several nodes): the claim keeps them apart.
 * A recipient the server refuses for good (a 5xx reply, or an address that cannot be parsed) fails at once;
 * anything else is tried again later.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class);
    private static final int BATCH = 100;

    @Resource(lookup = "java:jboss/mail/SeminarDesk")
    Session configuredSession;

    /** The configured session, its sockets sending at once (NoDelaySockets). */
    private Session session;

    @Resource
    TimerService timers;

    @Resource(lookup = "java:jboss/datasources/SeminarDeskDS")
    DataSource database;

    @Inject
    Clock clock;

    @Inject
    OutboxStore outbox;

    @Inject
    @ConfigProperty(name = "seminardesk.mail.poll-seconds", defaultValue = "10")
    int pollSeconds;



    /** SMTP AUTH, when the server wants it: SMTP_USERNAME / SMTP_PASSWORD, read at connect, never stored in config files. */
    @Inject
    @ConfigProperty(name = "smtp.username")
    Optional<String> smtpUsername;

    @Inject
    @ConfigProperty(name = "smtp.password")
    Optional<String> smtpPassword;

    /** Worked out once: the sender address does not change while the deployment runs. */
    private String messageIdDomain;

    @PostConstruct
    void start() {
        session = NoDelaySockets.sendingAtOnce(configuredSession);
        messageIdDomain = StableIdMessage.domainOf(session);
        long interval = TimeUnit.SECONDS.toMillis(pollSeconds);
        timers.createIntervalTimer(interval, interval, new TimerConfig("mail-dispatcher", false));
    }

    @Timeout
    void sendDueSafely() {
        try {
            while (sendDue() == BATCH) {
                // a full batch: there may be more due right now
            }
        } catch (RuntimeException e) {
            LOG.warn("Mail dispatch failed; will try again", e);
        }
    }

    /** Sends one batch of due mail and says how many rows it took. */
    public int sendDue() {
        List<OutboxMail> batch = outbox.claimDue(BATCH);
        if (batch.isEmpty()) {
            return 0;
        }
        Set<Long> handled = new HashSet<>();
        try (SentLog sentLog = new SentLog(database, clock); Transport transport = session.getTransport()) {
            if (smtpUsername.isPresent()) {
                transport.connect(smtpUsername.get(), smtpPassword.orElse(""));
            } else {
                transport.connect();
            }
            Duration lease = outbox.claimLease();
            for (OutboxMail mail : batch) {
                sentLog.keepClaim(mail.claimedBy(), lease);
                try {
                    MimeMessage message = message(mail);
                    transport.sendMessage(message, message.getAllRecipients());
                    handled.add(mail.id());
                    sentLog.recordSent(mail.id());
                } catch (MessagingException rejected) {
                    SmtpRefusal refusal = SmtpRefusal.of(rejected);
                    outbox.recordFailure(mail.id(), refusal.message(), refusal.permanent());
                    handled.add(mail.id());
                }
            }
        } catch (MessagingException unreachable) {
            LOG.debugf("SMTP server not reachable: %s", unreachable.getMessage());
            for (OutboxMail mail : batch) {
                if (!handled.contains(mail.id())) {
                    outbox.recordFailure(mail.id(), "SMTP: " + unreachable.getMessage(), false);
                }
            }
        } catch (SQLException databaseDown) {
            // What was sent but not recorded goes again once the claim expires: at least once.
            LOG.warn("Could not record sent mail; the rest of the batch waits for its claim to expire", databaseDown);
        }
        return batch.size();
    }

    private MimeMessage message(OutboxMail mail) throws MessagingException {
        MimeMessage message = new StableIdMessage(session, mail, messageIdDomain);
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
        message.setSubject(mail.subject(), "UTF-8");
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(MimeParts.text(mail.textToSend(), "text/plain; charset=UTF-8"));
        if (mail.bodyHtml() != null) {
            alternatives.addBodyPart(MimeParts.text(mail.htmlToSend(), "text/html; charset=UTF-8"));
        }
        RenderedMail.Attachment file = mail.attachment();
        if (file == null) {
            message.setContent(alternatives);
            return message;
        }
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternatives);
        MimeBodyPart attachment = MimeParts.text(file.content(), file.contentType());
        attachment.setFileName(file.filename());
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        mixed.addBodyPart(attachment);
        message.setContent(mixed);
        return message;
    }
}
