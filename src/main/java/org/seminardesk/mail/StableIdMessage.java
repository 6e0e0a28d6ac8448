package org.seminardesk.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * A message whose Message-ID comes from its outbox row, not from chance: if a node dies after the SMTP server
 * accepted a mail but before it was recorded, the copy sent again carries the same Message-ID, which lets
 * the recipient's mail system recognise it as the same message.
 */
final class StableIdMessage extends MimeMessage {

    private final String messageId;

    StableIdMessage(Session session, OutboxMail mail, String domain) {
        super(session);
        // The row id alone could repeat in another installation's database; its creation time makes it unique.
        this.messageId = "<outbox." + mail.id() + "." + mail.createdAt().toEpochMilli() + "@" + domain + ">";
    }

    /** The sender's domain, for the right-hand side of Message-IDs. */
    static String domainOf(Session session) {
        InternetAddress sender = InternetAddress.getLocalAddress(session);
        String address = sender == null ? "" : sender.getAddress();
        return address.contains("@") ? address.substring(address.indexOf('@') + 1) : "seminardesk.invalid";
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
