package org.seminardesk.security.privacy;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.web.PageParams;

/** manage/personal-data.xhtml (organisers): find what is held under an address, hand it over as JSON, erase it. */
@Named
@ViewScoped
public class PersonalDataPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+");

    @Inject
    PrivacyRequests requests;

    private String email;
    private PersonalData.Held held;
    private boolean confirm;

    public void find() {
        held = null;
        if (email == null || !ADDRESS.matcher(email.strip()).matches()) {
            PageParams.refused(DomainException.invalid("email", "A mail address is needed").withCode("privacy.address"));
            return;
        }
        held = requests.export(email);
    }

    public void download() throws IOException {
        find();
        if (held == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        byte[] json;
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
            json = jsonb.toJson(held).getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        external.responseReset();
        external.setResponseContentType("application/json; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"personal-data.json\"");
        external.setResponseContentLength(json.length);
        external.getResponseOutputStream().write(json);
        faces.responseComplete();
    }

    public void erase() {
        if (!confirm) {
            PageParams.refused(DomainException.invalid("confirm", "Confirm first").withCode("privacy.confirm"));
            return;
        }
        Erasure.Erased erased = requests.erase(email);
        PageParams.info("privacy.erased", erased.participants(), erased.mails(), erased.reportRows(), erased.probono(), erased.contacts());
        confirm = false;
        held = requests.export(email);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public PersonalData.Held getHeld() {
        return held;
    }

    public boolean isConfirm() {
        return confirm;
    }

    public void setConfirm(boolean confirm) {
        this.confirm = confirm;
    }
}
