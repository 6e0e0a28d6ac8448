package org.seminardesk.attendance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.seminardesk.organisation.FacilityType;

/** Registered, attended and no-show counts for a seminar: overall, per organisation and per facility type. */
public record AttendanceFigures(Tally overall, List<Tally> byOrganisation, List<Tally> byFacilityType) implements java.io.Serializable {

    /**
     * @param label the organisation's name, the facility type's name, or "" for the whole seminar
     * @param ratePercent attended of registered in whole percent, rounded half up; 0 when nobody registered
     */
    public record Tally(String label, int registered, int attended, int noShows, int ratePercent) implements java.io.Serializable {

        public static Tally of(String label, int registered, int attended) {
            return new Tally(label, registered, attended, registered - attended,
                    registered == 0 ? 0 : (int) Math.round(attended * 100.0 / registered));
        }

        public Tally plus(boolean wasThere) {
            return of(label, registered + 1, attended + (wasThere ? 1 : 0));
        }
    }

    public static AttendanceFigures of(List<AttendanceRow> rows) {
        Tally overall = Tally.of("", 0, 0);
        Map<String, Tally> organisations = new TreeMap<>(Comparator.naturalOrder());
        Map<FacilityType, Tally> types = new EnumMap<>(FacilityType.class);
        for (AttendanceRow row : rows) {
            overall = overall.plus(row.attended());
            count(organisations, row.organisation(), row, Function.identity());
            count(types, row.facilityType(), row, FacilityType::name);
        }
        return new AttendanceFigures(overall, new ArrayList<>(organisations.values()), new ArrayList<>(types.values()));
    }

    private static <K> void count(Map<K, Tally> tallies, K key, AttendanceRow row, Function<K, String> label) {
        tallies.merge(key, Tally.of(label.apply(key), 1, row.attended() ? 1 : 0),
                (old, one) -> old.plus(row.attended()));
    }
}
