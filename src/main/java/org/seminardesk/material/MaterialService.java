package org.seminardesk.material;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.seminardesk.attendance.AttendanceRow;
import org.seminardesk.attendance.AttendanceService;
import org.seminardesk.platform.DomainException;
import org.seminardesk.registration.Participant;
import org.seminardesk.registration.ParticipantLinks;
import org.seminardesk.registration.Registration;
import org.seminardesk.registration.RegistrationStatus;
import org.seminardesk.security.audit.Audited;
import org.seminardesk.seminar.Seminar;
import org.seminardesk.seminar.SeminarService;

/**
 * Materials and recordings of a seminar: organisers add and remove them; the public, registrants and
 * participants see those {@link Material#visibleTo} allows them, on the seminar page or their own page.
 */
@ApplicationScoped
@Transactional
public class MaterialService {

    @PersistenceContext
    EntityManager em;

    @Inject
    SeminarService seminars;

    @Inject
    AttendanceService attendance;

    @Inject
    ParticipantLinks participants;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "seminardesk.materials.max-bytes", defaultValue = "20971520")
    long maxBytes;

    /** A file and what may be downloaded of it. */
    public record Download(String fileName, String contentType, byte[] content) implements java.io.Serializable {
    }

    @Audited("material")
    public MaterialView addFile(long seminarId, String title, String fileName, byte[] content, Audience audience,
                                Timing timing, String by) {
        seminar(seminarId);
        MaterialFiles.Checked file = MaterialFiles.check(fileName, content, maxBytes);
        Material material = Material.file(seminarId, title, file, audience, timing, clock.instant(), by);
        em.persist(material);
        em.persist(new MaterialFile(material.id(), file.content()));
        return MaterialView.of(material);
    }

    @Audited("material")
    public MaterialView addRecording(long seminarId, String title, String url, Audience audience, Timing timing,
                                     Instant from, Instant until, String by) {
        seminar(seminarId);
        Material material = Material.recording(seminarId, title, url, audience, timing, from, until, clock.instant(), by);
        em.persist(material);
        return MaterialView.of(material);
    }

    @Audited("material")
    public void remove(long seminarId, long materialId) {
        em.remove(material(seminarId, materialId));
    }

    /** Everything of a seminar, for its organisers. */
    public List<MaterialView> all(long seminarId) {
        seminar(seminarId);
        return list(seminarId).stream().map(MaterialView::of).toList();
    }

    /** What anyone sees on the public seminar page (empty for a seminar that is not public). */
    public List<MaterialView> publicOf(long seminarId) {
        return seminars.findPublic(seminarId).map(s -> visible(s, Viewer.PUBLIC)).orElse(List.of());
    }

    /** What the holder of a participant link sees. */
    public List<MaterialView> forParticipant(String token) {
        Participant person = person(token);
        return visible(person.registration().seminar(), viewerOf(person));
    }

    /** A file for the organisers, whoever else may see it. */
    public Download forOrganisers(long seminarId, long materialId) {
        return download(material(seminarId, materialId));
    }

    public Download forPublic(long seminarId, long materialId) {
        Seminar seminar = seminars.findPublic(seminarId).orElseThrow(() -> DomainException.notFound("Material", materialId));
        return download(visibleOrNotFound(seminar, material(seminarId, materialId), Viewer.PUBLIC));
    }

    public Download forParticipant(String token, long materialId) {
        Participant person = person(token);
        Seminar seminar = person.registration().seminar();
        return download(visibleOrNotFound(seminar, material(seminar.id(), materialId), viewerOf(person)));
    }

    /**
     * Tells each participant who may see the material now that it is there, through {@code tell} (which writes
     * their mail about that material to the outbox); once per material. Answers how many were told.
     */
    @Audited("material")
    public int announce(long seminarId, long materialId, java.util.function.BiConsumer<Participant, Material> tell) {
        Material material = material(seminarId, materialId);
        Seminar seminar = seminar(seminarId);
        if (material.announcedAt() != null) {
            throw DomainException.conflict("This material has been announced already").withCode("material.announced");
        }
        Set<Long> attended = attendedOf(seminarId);
        List<Participant> audience = em.createQuery("""
                        select p from Registration r join r.participants p where r.seminar.id = :seminar and r.status <> :cancelled
                        and p.erasedAt is null order by p.id""", Participant.class)
                .setParameter("seminar", seminarId).setParameter("cancelled", RegistrationStatus.CANCELLED).getResultList()
                .stream().filter(p -> material.visibleTo(viewerOf(p, attended), clock.instant(), seminar.startsAt(), seminar.over()))
                .toList();
        if (audience.isEmpty()) {
            throw DomainException.conflict("Nobody may see this material now").withCode("material.nobody");
        }
        material.markAnnounced(clock.instant());
        audience.forEach(person -> tell.accept(person, material));
        return audience.size();
    }

    private List<MaterialView> visible(Seminar seminar, Viewer viewer) {
        Instant now = clock.instant();
        return list(seminar.id()).stream().filter(m -> m.visibleTo(viewer, now, seminar.startsAt(), seminar.over()))
                .map(MaterialView::of).toList();
    }

    private Material visibleOrNotFound(Seminar seminar, Material material, Viewer viewer) {
        if (!material.visibleTo(viewer, clock.instant(), seminar.startsAt(), seminar.over())) {
            throw DomainException.notFound("Material", material.id());
        }
        return material;
    }

    private Download download(Material material) {
        if (material.kind() != Material.Kind.FILE) {
            throw DomainException.notFound("Material file", material.id());
        }
        return new Download(material.fileName(), material.contentType(), em.find(MaterialFile.class, material.id()).content());
    }

    private Viewer viewerOf(Participant person) {
        return viewerOf(person, attendance.row(person).attended() ? Set.of(person.id()) : Set.of());
    }

    private static Viewer viewerOf(Participant person, Set<Long> attended) {
        Registration registration = person.registration();
        boolean confirmed = registration.status() == RegistrationStatus.CONFIRMED;
        return new Viewer(registration.status() != RegistrationStatus.CANCELLED, confirmed,
                confirmed && attended.contains(person.id()));
    }

    private Set<Long> attendedOf(long seminarId) {
        return attendance.rows(seminarId).stream().filter(AttendanceRow::attended).map(AttendanceRow::participantId)
                .collect(Collectors.toSet());
    }

    private Participant person(String token) {
        return participants.byToken(token).orElseThrow(() -> DomainException.notFound("Participant", "link"));
    }

    private List<Material> list(long seminarId) {
        return em.createNamedQuery("Material.forSeminar", Material.class).setParameter("seminar", seminarId).getResultList();
    }

    private Material material(long seminarId, long materialId) {
        return Optional.ofNullable(em.find(Material.class, materialId)).filter(m -> m.seminarId() == seminarId)
                .orElseThrow(() -> DomainException.notFound("Material", materialId));
    }

    private Seminar seminar(long seminarId) {
        return seminars.find(seminarId).orElseThrow(() -> DomainException.notFound("Seminar", seminarId));
    }
}
