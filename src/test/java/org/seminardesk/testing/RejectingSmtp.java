package org.seminardesk.testing;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpHandler;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.smtp.commands.SmtpCommandRegistry;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.Socket;
import java.util.Map;

/**
 * GreenMail as a real SMTP server that, like a real one, refuses mailboxes that do not exist: RCPT TO an
 * address whose local part starts with "nobody" gets "550 5.1.1 mailbox unavailable". Everything else is
 * accepted and stored as by plain GreenMail.
 */
public class RejectingSmtp extends GreenMail {

    public static final String UNKNOWN_MAILBOX_PREFIX = "nobody";

    private final String[] account;

    /** account: login and password the SMTP server knows after every start, or none. */
    public RejectingSmtp(int port, String... account) {
        super(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        this.account = account;
    }

    @Override
    public synchronized void start() {
        super.start();
        if (account.length == 2) {
            setUser(account[0] + "@localhost", account[0], account[1]);
        }
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
        SmtpManager refusing = new SmtpManager(managers.getImapHostManager(), managers.getUserManager()) {
            @Override
            public String checkRecipient(SmtpState state, MailAddress recipient) {
                return recipient.getUser().startsWith(UNKNOWN_MAILBOX_PREFIX)
                        ? "550 5.1.1 <" + recipient.getEmail() + ">: mailbox unavailable" : null;
            }
        };
        return Map.of(ServerSetup.PROTOCOL_SMTP, new SmtpServer(config[0], managers) {
            @Override
            protected ProtocolHandler createProtocolHandler(Socket client) {
                return new SmtpHandler(new SmtpCommandRegistry(), refusing, client);
            }
        });
    }
}
