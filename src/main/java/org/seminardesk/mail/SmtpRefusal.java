package org.seminardesk.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Why one mail was not accepted, read from Jakarta Mail's exception chain (a SendFailedException carries the
 * server's reply in its next exception). Permanent when the server answered 5xx or the address is malformed:
 * trying again would only get the same answer.
 */
record SmtpRefusal(String message, boolean permanent) implements java.io.Serializable {

    private static final Pattern PERMANENT_REPLY = Pattern.compile("^5\\d\\d[ -].*", Pattern.DOTALL);

    static SmtpRefusal of(MessagingException failure) {
        List<String> messages = new ArrayList<>();
        boolean permanent = false;
        Exception current = failure;
        while (current != null && messages.size() < 5) {
            String text = current.getMessage() == null ? current.getClass().getSimpleName() : current.getMessage().strip();
            messages.add(text);
            permanent |= current instanceof AddressException || PERMANENT_REPLY.matcher(text).matches();
            current = current instanceof MessagingException m ? m.getNextException() : null;
        }
        return new SmtpRefusal(String.join(": ", messages), permanent);
    }
}
