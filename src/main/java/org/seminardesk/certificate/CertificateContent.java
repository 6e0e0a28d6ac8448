package org.seminardesk.certificate;

import java.util.List;

/**
 * What one certificate says, already in its reader's language: the person, the seminar, how they attended,
 * who taught and who certifies, and how to verify it.
 */
public record CertificateContent(String name, String organisation, String seminarTitle, String date,
                                 String attendance, List<String> lecturers, String issuer, String issuedOn,
                                 String number, String verifyUrl) implements java.io.Serializable {
}
