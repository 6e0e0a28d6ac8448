package org.seminardesk.seminar;

import java.time.Instant;

/** Seminars for unit tests: published, online, starting 2030-01-10 10:00 JST. */
public final class SeminarFixtures {

    public static final Instant START = Instant.parse("2030-01-10T01:00:00Z");
    public static final Instant BEFORE = START.minusSeconds(86_400 * 10);

    private SeminarFixtures() {
    }

    public static SeminarDetails details(int capacity) {
        return new SeminarDetails("テストセミナー", null, null, SeminarKind.SEMINAR, SeminarFormat.ONLINE, START,
                START.plusSeconds(7200), null, "https://meet.example.org/x", capacity, START.minusSeconds(86_400));
    }

    /** A hybrid seminar: capacity in total, venue and online capped apart (null: only the total limits). */
    public static Seminar hybrid(int capacity, Integer venue, Integer online) {
        Seminar seminar = new Seminar(new SeminarDetails("併用セミナー", null, null, SeminarKind.SEMINAR, SeminarFormat.HYBRID,
                START, START.plusSeconds(7200), "会議室", "https://meet.example.org/x", capacity, START.minusSeconds(86_400),
                venue, online));
        seminar.changeStatus(SeminarStatus.PUBLISHED);
        return seminar;
    }

    public static Seminar published(int capacity) {
        Seminar seminar = new Seminar(details(capacity));
        seminar.changeStatus(SeminarStatus.PUBLISHED);
        return seminar;
    }
}
