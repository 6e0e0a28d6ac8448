package org.seminardesk.report;

import java.util.List;

/** What the subcommittee's yearly report (報告書) says, gathered for one fiscal year. */
public record AnnualReport(int fiscalYear, String yearLabel, String nextYearLabel, List<Meeting> meetings,
                           List<Seminar> seminars, List<ProBono> probono, String plans,
                           org.seminardesk.attendance.YearAtAGlance participation) implements java.io.Serializable {

    /** @param members the organisations present, or the whole roster when no presence was recorded */
    public record Meeting(String title, String when, boolean written, String venue, List<Item> agenda, List<String> chairs,
                          List<String> members) implements java.io.Serializable {
    }

    public record Item(String title, String minutes) implements java.io.Serializable {
    }

    /**
     * @param attended null when no attendance was recorded for it
     * @param byMode at a hybrid seminar, the participants at the venue and online (e.g. 会場 12 名、オンライン 30 名); else null
     */
    public record Seminar(String title, String when, String format, List<String> lecturers, String description,
                          int registered, Integer attended, Integer ratePercent, String byMode) implements java.io.Serializable {
    }

    public record ProBono(String organisation, String need, String helper, String outcome) implements java.io.Serializable {
    }
}
