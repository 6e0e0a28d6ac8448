package org.seminardesk.registration;

import java.time.OffsetDateTime;
import java.util.List;
import org.seminardesk.platform.api.Times;
import java.util.Map;
import org.seminardesk.question.AnswerInput;
import org.seminardesk.question.Questions;
import org.seminardesk.question.SeminarQuestion;
import org.seminardesk.seminar.AttendanceMode;

/** A seminar's registrations as organisers and staff see them, with the participant counts per status. */
public record SeminarRegistrationsView(long seminarId, int capacity, int seatsLeft, int confirmedParticipants,
                                       int waitlistedParticipants, List<Entry> registrations, ModeCounts modes,
                                       List<String> registrationQuestions, List<String> participantQuestions)
        implements java.io.Serializable {

    /** At a hybrid seminar: confirmed and waitlisted people per mode, with each mode's cap (null: only the total). */
    public record ModeCounts(int venueConfirmed, int onlineConfirmed, int venueWaitlisted, int onlineWaitlisted,
                             Integer venueCapacity, Integer onlineCapacity) implements java.io.Serializable {
    }

    /**
     * answers: to the registration questions, one cell per question (null: not answered); participantAnswers:
     * to the participant questions, by participant id, one cell per question.
     */
    public record Entry(long id, String organisation, RegistrationStatus status, OffsetDateTime createdAt,
                        List<RegistrationView.ParticipantView> participants, List<String> answers,
                        Map<Long, List<String>> participantAnswers) implements java.io.Serializable {

        /** "question：answer" for each answered registration question. */
        public List<String> answerLines(List<String> questions) {
            return lines(questions, answers);
        }

        public List<String> answerLinesOf(List<String> questions, long participantId) {
            return lines(questions, participantAnswers.getOrDefault(participantId, List.of()));
        }

        private static List<String> lines(List<String> questions, List<String> cells) {
            List<String> lines = new java.util.ArrayList<>();
            for (int i = 0; i < Math.min(questions.size(), cells.size()); i++) {
                if (cells.get(i) != null) {
                    lines.add(questions.get(i) + "：" + cells.get(i));
                }
            }
            return lines;
        }
    }

    /** yesNo: how yes/no answers read (Japanese: organisers' pages and exports are Japanese-first). */
    static SeminarRegistrationsView of(org.seminardesk.seminar.Seminar seminar, List<Registration> registrations,
                                       Questions asked, List<String> yesNo) {
        List<Entry> entries = registrations.stream().map(r -> new Entry(r.id(), r.organisation().name(), r.status(),
                Times.inTokyo(r.createdAt()), r.participants().stream()
                        .map(RegistrationView.ParticipantView::of)
                        .toList(), cells(asked.ofRegistration(), r.answers(), yesNo),
                participantCells(asked, r, yesNo))).toList();
        return new SeminarRegistrationsView(seminar.id(), seminar.capacity(), seminar.seatsLeft(),
                participants(registrations, RegistrationStatus.CONFIRMED),
                participants(registrations, RegistrationStatus.WAITLISTED), entries,
                seminar.asksForMode() ? new ModeCounts(
                        people(registrations, RegistrationStatus.CONFIRMED, AttendanceMode.VENUE),
                        people(registrations, RegistrationStatus.CONFIRMED, AttendanceMode.ONLINE),
                        people(registrations, RegistrationStatus.WAITLISTED, AttendanceMode.VENUE),
                        people(registrations, RegistrationStatus.WAITLISTED, AttendanceMode.ONLINE),
                        seminar.venueCapacity(), seminar.onlineCapacity()) : null,
                asked.ofRegistration().stream().map(SeminarQuestion::text).toList(),
                asked.ofParticipant().stream().map(SeminarQuestion::text).toList());
    }

    private static List<String> cells(List<SeminarQuestion> questions, List<AnswerInput> answers, List<String> yesNo) {
        return questions.stream().map(q -> Questions.display(q, answers, yesNo)).toList();
    }

    private static Map<Long, List<String>> participantCells(Questions asked, Registration r, List<String> yesNo) {
        Map<Long, List<String>> cells = new java.util.HashMap<>();
        r.participants().forEach(p -> cells.put(p.id(), cells(asked.ofParticipant(), p.answers(), yesNo)));
        return cells;
    }

    private static int people(List<Registration> registrations, RegistrationStatus status, AttendanceMode mode) {
        return (int) registrations.stream().filter(r -> r.status() == status)
                .flatMap(r -> r.participants().stream()).filter(p -> p.mode() == mode).count();
    }

    private static int participants(List<Registration> registrations, RegistrationStatus status) {
        return registrations.stream().filter(r -> r.status() == status).mapToInt(r -> r.participants().size()).sum();
    }
}
