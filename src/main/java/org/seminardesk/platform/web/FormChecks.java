package org.seminardesk.platform.web;

import static org.seminardesk.platform.i18n.PageTexts.refusal;
import static org.seminardesk.platform.i18n.PageTexts.text;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import org.seminardesk.platform.DomainException;

/**
 * Form checks for Faces pages with the API's own input records: each Bean Validation finding, and a refused
 * business rule, is shown next to its field (form:field) in the page's language.
 */
public final class FormChecks {

    private FormChecks() {
    }

    /** True if the input is valid; otherwise adds one message per field and marks validation failed. */
    public static <T> boolean valid(Validator validator, T input, String form) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        for (ConstraintViolation<T> violation : violations) {
            String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            String message = switch (constraint) {
                case "NotBlank", "NotNull" -> text("form.requiredMessage");
                case "Email" -> text("register.invalidEmail");
                case "Size" -> text("register.tooLong");
                default -> text("organisations.invalid");
            };
            faces.addMessage(form + ":" + violation.getPropertyPath(), new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        }
        if (!violations.isEmpty()) {
            faces.validationFailed();
        }
        return violations.isEmpty();
    }

    /** Shows a refused rule by its field if the form has it, else at the top. */
    public static void refused(DomainException refusal, String form) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String target = refusal.field() == null ? null : form + ":" + refusal.field();
        if (target != null && faces.getViewRoot().findComponent(target) == null) {
            target = null;
        }
        faces.addMessage(target, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal(refusal), null));
        faces.validationFailed();
    }
}
