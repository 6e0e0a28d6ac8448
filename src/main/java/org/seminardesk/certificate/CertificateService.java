package org.seminardesk.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.seminardesk.attendance.AttendanceRow;
import org.seminardesk.attendance.AttendanceService;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.JapaneseDates;
import org.seminardesk.platform.web.PublicLinks;
import org.seminardesk.registration.Participant;
import org.seminardesk.registration.RegistrationStatus;
import org.seminardesk.seminar.Seminar;
import org.seminardesk.seminar.SeminarStatus;
import org.seminardesk.speaker.Speaker;

/**
 * Attendance certificates (受講証明書): only for a confirmed participant who attended under the seminar's
 * attendance rule, once the seminar is over. Numbered when first issued; the number verifies it publicly
 * without showing who holds it.
 */
@ApplicationScoped
@Transactional
public class CertificateService {

    private static final String BUNDLE = "org.seminardesk.platform.i18n.messages";

    @PersistenceContext
    EntityManager em;

    @Inject
    AttendanceService attendance;

    @Inject
    PublicLinks links;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "seminardesk.certificate.font", defaultValue = "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf")
    String fontPath;

    @Inject
    @ConfigProperty(name = "seminardesk.certificate.issuer", defaultValue = "就労支援部会")
    String issuerJa;

    @Inject
    @ConfigProperty(name = "seminardesk.certificate.issuer-en", defaultValue = "Employment Support Subcommittee")
    String issuerEn;

    /** What a certificate's number confirms to anyone: the seminar, how it was attended, when it was issued. */
    public record Verification(String number, String seminarTitle, String dateLabel, String westernDateLabel,
                               int onlineMinutes, boolean checkedIn, String issuedOn) implements java.io.Serializable {
    }

    @Inject
    org.seminardesk.registration.ParticipantLinks participants;

    /** Whether the holder of this participant link may have a certificate now (their page offers it only then). */
    public boolean availableTo(String participantToken) {
        return participants.byToken(participantToken).flatMap(this::attendedRow).isPresent();
    }

    /**
     * The participant's own certificate, issued on first request, in the language asked for (null: their
     * organisation's); refused (409) for anyone who did not attend, 404 for an unknown link.
     */
    public byte[] forParticipant(String participantToken, Locale asked) {
        Participant person = participants.byToken(participantToken)
                .orElseThrow(() -> DomainException.notFound("Participant", "link"));
        Locale language = asked != null ? asked : person.registration().organisation().language();
        AttendanceRow row = attendedRow(person).orElseThrow(() -> DomainException
                .conflict("A certificate is only for a participant who attended, once the seminar is over")
                .withCode("certificate.notAttended"));
        Certificate certificate = issue(person, row);
        return pdf().render(List.of(content(person, certificate, language)), List.of(bundle(language)));
    }

    /** Every attendee's certificate in one PDF (a page each, in their organisation's language), for staff. */
    public byte[] allOf(long seminarId) {
        List<CertificateContent> pages = new ArrayList<>();
        List<ResourceBundle> labels = new ArrayList<>();
        Map<Long, AttendanceRow> rows = rowsOf(seminarId);
        for (Participant person : attendees(seminarId)) {
            Locale language = person.registration().organisation().language();
            pages.add(content(person, issue(person, rows.get(person.id())), language));
            labels.add(bundle(language));
        }
        if (pages.isEmpty()) {
            throw DomainException.conflict("Nobody has attended this seminar (yet)").withCode("certificate.noAttendees");
        }
        return pdf().render(pages, labels);
    }

    /** Attendees' certificates one PDF each, named by number, for a ZIP. */
    public Map<String, byte[]> eachOf(long seminarId) {
        Map<Long, AttendanceRow> rows = rowsOf(seminarId);
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        for (Participant person : attendees(seminarId)) {
            Locale language = person.registration().organisation().language();
            Certificate certificate = issue(person, rows.get(person.id()));
            files.put("certificate-" + certificate.number() + ".pdf",
                    pdf().render(List.of(content(person, certificate, language)), List.of(bundle(language))));
        }
        if (files.isEmpty()) {
            throw DomainException.conflict("Nobody has attended this seminar (yet)").withCode("certificate.noAttendees");
        }
        return files;
    }

    /**
     * Issues every attendee's certificate and hands each person not yet told to {@code tell} (which writes
     * their mail to the outbox); answers how many were told now. Repeating it tells nobody twice.
     */
    public int tellAttendees(long seminarId, java.util.function.Consumer<Participant> tell) {
        Map<Long, AttendanceRow> rows = rowsOf(seminarId);
        int told = 0;
        for (Participant person : attendees(seminarId)) {
            if (issue(person, rows.get(person.id())).markMailed(clock.instant())) {
                tell.accept(person);
                told++;
            }
        }
        return told;
    }

    /** Whether certificates can be issued for this seminar: held (not cancelled) and over. */
    public boolean isOver(long seminarId) {
        return isOver(attendance.seminar(seminarId));
    }

    public Optional<Verification> verify(String typedNumber) {
        return CertificateNumber.normalise(typedNumber)
                .flatMap(number -> em.createNamedQuery("Certificate.findByNumber", Certificate.class)
                        .setParameter("number", number).getResultStream().findFirst())
                .map(c -> {
                    Seminar seminar = em.find(Seminar.class, c.seminarId());
                    return new Verification(c.number(), seminar.titleJa(), seminar.dateLabel(), seminar.westernDateLabel(),
                            c.onlineMinutes(), c.checkedIn(),
                            JapaneseDates.eraDate(c.issuedAt().atZone(JapaneseDates.TOKYO).toLocalDate()));
                });
    }

    private List<Participant> attendees(long seminarId) {
        requireOver(attendance.seminar(seminarId));
        Map<Long, AttendanceRow> rows = rowsOf(seminarId);
        return rows.values().stream().filter(AttendanceRow::attended)
                .map(row -> em.find(Participant.class, row.participantId()))
                .filter(p -> p != null && p.erasedAt() == null).toList();
    }

    private Map<Long, AttendanceRow> rowsOf(long seminarId) {
        return attendance.rows(seminarId).stream()
                .collect(Collectors.toMap(AttendanceRow::participantId, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private Optional<AttendanceRow> attendedRow(Participant person) {
        Seminar seminar = person.registration().seminar();
        if (person.registration().status() != RegistrationStatus.CONFIRMED || person.erasedAt() != null || !isOver(seminar)) {
            return Optional.empty();
        }
        return Optional.of(attendance.row(person)).filter(AttendanceRow::attended);
    }

    private void requireOver(Seminar seminar) {
        if (!isOver(seminar)) {
            throw DomainException.conflict("Certificates are issued once the seminar is over").withCode("certificate.notOver");
        }
    }

    private boolean isOver(Seminar seminar) {
        return seminar.status() != SeminarStatus.CANCELLED && seminar.status() != SeminarStatus.DRAFT
                && !clock.instant().isBefore(seminar.over());
    }

    private Certificate issue(Participant person, AttendanceRow row) {
        return em.createNamedQuery("Certificate.findByParticipant", Certificate.class)
                .setParameter("participant", person.id()).getResultStream().findFirst()
                .orElseGet(() -> {
                    Seminar seminar = person.registration().seminar();
                    Certificate made = new Certificate(CertificateNumber.next(seminar.fiscalYear()), person.id(),
                            seminar.id(), row.onlineMinutes(), row.checkedIn(), clock.instant());
                    em.persist(made);
                    em.flush(); // the unique keys answer a race here rather than at the commit
                    return made;
                });
    }

    private CertificateContent content(Participant person, Certificate certificate, Locale language) {
        Seminar seminar = person.registration().seminar();
        ResourceBundle labels = bundle(language);
        boolean english = "en".equals(language.getLanguage());
        String attended = certificate.onlineMinutes() > 0
                ? java.text.MessageFormat.format(labels.getString("certificate.minutes"), certificate.onlineMinutes())
                : labels.getString("certificate.attended");
        return new CertificateContent(person.name(), person.registration().organisation().name(), seminar.titleFor(language),
                english ? seminar.westernDateLabel() : seminar.dateLabel(), attended,
                seminar.speakers().stream().map(Speaker::name).toList(), english ? issuerEn : issuerJa,
                java.text.MessageFormat.format(labels.getString("certificate.issuedOn"),
                        english ? certificate.issuedAt().atZone(JapaneseDates.TOKYO).toLocalDate().format(
                                java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH))
                                : JapaneseDates.eraDate(certificate.issuedAt().atZone(JapaneseDates.TOKYO).toLocalDate())),
                certificate.number(), links.to("certificate.xhtml?n=" + certificate.number()));
    }

    private volatile CertificatePdf pdf;

    private CertificatePdf pdf() {
        if (pdf == null) {
            pdf = new CertificatePdf(Path.of(fontPath));
        }
        if (!pdf.fontAvailable()) {
            throw new IllegalStateException("The certificate font " + fontPath
                    + " is missing: install fonts-ipafont-gothic or set SEMINARDESK_CERTIFICATE_FONT");
        }
        return pdf;
    }

    private static ResourceBundle bundle(Locale language) {
        return ResourceBundle.getBundle(BUNDLE, "en".equals(language.getLanguage()) ? Locale.ROOT : Locale.JAPANESE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
