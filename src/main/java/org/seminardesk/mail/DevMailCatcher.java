package org.seminardesk.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A local mail catcher for trying the application: when seminardesk.mail.catcher.port is set (the README's
 * `mvn wildfly:run` sets it, and points the mail session at it), an SMTP server on 127.0.0.1 that keeps what it
 * receives in memory, for organisers to read on manage/caught-mail.xhtml. Never set in production, where mail
 * goes to SMTP_HOST:SMTP_PORT as before.
 */
@Singleton
@Startup
public class DevMailCatcher {

    private static final Logger LOG = Logger.getLogger(DevMailCatcher.class);

    @Inject
    @ConfigProperty(name = "seminardesk.mail.catcher.port")
    Optional<Integer> port;

    private GreenMail server;

    @PostConstruct
    void start() {
        port.filter(p -> p > 0).ifPresent(p -> {
            server = new GreenMail(new ServerSetup(p, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            LOG.infof("Mail catcher: mail is kept here, not sent on (SMTP on 127.0.0.1:%d); organisers read it at /manage/caught-mail.xhtml", p);
        });
    }

    @PreDestroy
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public boolean isRunning() {
        return server != null;
    }

    /** What arrived, in order of arrival; empty when the catcher is off. */
    public List<MimeMessage> caught() {
        return server == null ? List.of() : Arrays.asList(server.getReceivedMessages());
    }
}
