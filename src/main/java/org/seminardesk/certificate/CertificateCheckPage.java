package org.seminardesk.certificate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** certificate.xhtml?n=…: anyone confirms a certificate by its number (typed, or from the printed address). */
@Named
@RequestScoped
public class CertificateCheckPage {

    @Inject
    CertificateService certificates;

    private String number;
    private CertificateService.Verification found;
    private boolean checked;

    /** f:viewAction: looks the number up when one is given. */
    public void load() {
        checked = number != null && !number.isBlank();
        found = checked ? certificates.verify(number).orElse(null) : null;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public CertificateService.Verification getFound() {
        return found;
    }

    /** A number was given and none matched. */
    public boolean isUnknown() {
        return checked && found == null;
    }
}
