package org.seminardesk.attendance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.seminardesk.organisation.FacilityType;

/**
 * A fiscal year's participation across all its seminars and meetings: per organisation (participants
 * registered and attended at seminars, seminars attended, meetings present), per facility type, and the
 * member organisations that never took part (nobody attended a seminar and never present at a meeting). A
 * meeting with no presence recorded counts its whole roster as present, as the annual report lists it.
 */
public record YearAtAGlance(int fiscalYear, int seminars, int meetings, AttendanceFigures.Tally overall,
                            List<OrganisationLine> organisations, List<AttendanceFigures.Tally> byFacilityType,
                            List<Member> neverTookPart) implements java.io.Serializable {

    /** An organisation as the year sees it. */
    public record Member(long id, String name, FacilityType facilityType) implements java.io.Serializable {
    }

    /** One seminar's rows (confirmed participants with their verdict). */
    public record SeminarRows(long seminarId, List<AttendanceRow> rows) implements java.io.Serializable {
    }

    /** One meeting's roster line for an organisation; present null when not recorded. */
    public record RosterPresence(long organisationId, Boolean present) implements java.io.Serializable {
    }

    public record OrganisationLine(long id, String name, FacilityType facilityType, int registered, int attended,
                                   int ratePercent, int seminarsAttended, int meetingsPresent, int meetingsListed) implements java.io.Serializable {
    }

    /** members: every active member organisation (to find those who never took part). */
    public static YearAtAGlance of(int fiscalYear, List<Member> members, List<SeminarRows> seminars,
                                   List<List<RosterPresence>> meetings) {
        Map<Long, Counts> counts = new LinkedHashMap<>();
        members.forEach(m -> counts.put(m.id(), new Counts(m)));
        AttendanceFigures.Tally overall = AttendanceFigures.Tally.of("", 0, 0);
        Map<FacilityType, AttendanceFigures.Tally> types = new EnumMap<>(FacilityType.class);
        for (SeminarRows seminar : seminars) {
            Set<Long> attendedHere = new HashSet<>();
            for (AttendanceRow row : seminar.rows()) {
                Counts c = counts.computeIfAbsent(row.organisationId(),
                        id -> new Counts(new Member(id, row.organisation(), row.facilityType())));
                c.registered++;
                if (row.attended()) {
                    c.attended++;
                    attendedHere.add(row.organisationId());
                }
                overall = overall.plus(row.attended());
                types.merge(row.facilityType(), AttendanceFigures.Tally.of(row.facilityType().name(), 1, row.attended() ? 1 : 0),
                        (old, one) -> old.plus(row.attended()));
            }
            attendedHere.forEach(id -> counts.get(id).seminarsAttended++);
        }
        for (List<RosterPresence> meeting : meetings) {
            // as the annual report does: without any presence recorded, the roster is who took part
            boolean recorded = meeting.stream().anyMatch(line -> line.present() != null);
            for (RosterPresence line : meeting) {
                Counts c = counts.get(line.organisationId());
                if (c != null) {
                    c.meetingsListed++;
                    if (recorded ? Boolean.TRUE.equals(line.present()) : true) {
                        c.meetingsPresent++;
                    }
                }
            }
        }
        List<OrganisationLine> lines = new ArrayList<>(counts.values().stream().map(Counts::line).toList());
        lines.sort(Comparator.comparing(OrganisationLine::facilityType).thenComparing(OrganisationLine::name));
        List<Member> never = members.stream()
                .filter(m -> counts.get(m.id()).attended == 0 && counts.get(m.id()).meetingsPresent == 0).toList();
        return new YearAtAGlance(fiscalYear, seminars.size(), meetings.size(), overall, lines,
                new ArrayList<>(types.values()), never);
    }

    private static final class Counts {
        final Member member;
        int registered;
        int attended;
        int seminarsAttended;
        int meetingsPresent;
        int meetingsListed;

        Counts(Member member) {
            this.member = member;
        }

        OrganisationLine line() {
            return new OrganisationLine(member.id(), member.name(), member.facilityType(), registered, attended,
                    registered == 0 ? 0 : (int) Math.round(attended * 100.0 / registered), seminarsAttended,
                    meetingsPresent, meetingsListed);
        }
    }
}
