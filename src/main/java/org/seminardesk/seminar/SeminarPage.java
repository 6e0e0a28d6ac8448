package org.seminardesk.seminar;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The public seminar page (seminar.xhtml?id=…); an unknown or draft seminar answers 404. */
@Named
@RequestScoped
public class SeminarPage {

    @Inject
    SeminarService seminars;

    @Inject
    Clock clock;

    private String id;
    private SeminarView seminar;

    public void load() {
        seminar = parseId().flatMap(seminars::publicView).orElse(null);
        if (seminar == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    private Optional<Long> parseId() {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Registration is open while the seminar is published and its deadline (or start) has not passed. */
    public boolean isOpenForRegistration() {
        if (seminar == null || seminar.status() != SeminarStatus.PUBLISHED) {
            return false;
        }
        OffsetDateTime closes = seminar.registrationDeadline() != null ? seminar.registrationDeadline() : seminar.startsAt();
        return OffsetDateTime.now(clock).isBefore(closes);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public SeminarView getSeminar() {
        return seminar;
    }
}
