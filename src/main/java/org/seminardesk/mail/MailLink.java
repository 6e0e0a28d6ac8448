package org.seminardesk.mail;

import org.seminardesk.platform.link.LinkPurpose;

/** The private link a mail carries: what it opens and for whom. Its token is issued when the mail is sent. */
public record MailLink(LinkPurpose purpose, long subjectId) implements java.io.Serializable {
}
