package org.seminardesk.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.seminardesk.mail.MailTestSupport;

/** Browser tests that follow a link from a mail: a real SMTP server (GreenMail) beside the browser. */
public abstract class MailingBrowserIT extends BrowserIT {

    protected final RejectingSmtp smtp = new RejectingSmtp(Integer.getInteger("it.smtp.port"), "seminardesk", "it-smtp-secret");

    @BeforeEach
    void startSmtp() {
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    /** "c/…" from the first mail to the address that carries a /{path}/{token} link, once it has arrived. */
    protected String linkMailedTo(String address, String path) throws Exception {
        var mail = MailTestSupport.eventually(() -> List.of(smtp.getReceivedMessages()).stream().filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList(), m -> !m.isEmpty()).get(0);
        Matcher link = Pattern.compile("/" + path + "/[A-Za-z0-9_-]{43}").matcher(MailTestSupport.text(mail));
        assertTrue(link.find(), MailTestSupport.text(mail));
        return link.group().substring(1);
    }
}
