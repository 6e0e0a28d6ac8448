package org.seminardesk.platform.link;

/** What a private link opens, and the path it lives under: /{path}/{token}. */
public enum LinkPurpose {
    /** A registration's own page (/r/), for its contact or registrant: its participants, add, remove, cancel. */
    REGISTRATION("r/"),
    /** One participant's own page (/p/): their seminar, their needs, their calendar entry, cancel their seat. */
    PARTICIPANT("p/"),
    /** A member organisation's answers to one survey (/s/). */
    SURVEY_RESPONSE("s/"),
    /** A seminar participant's invitation to a feedback questionnaire (/s/, like a member's survey link). */
    SURVEY_INVITATION("s/"),
    /** A member organisation's reply to a meeting held in writing (/w/). */
    WRITTEN_REPLY("w/"),
    /** A contact person's portal of their organisation (/o/): its seminars, registrations, surveys and meetings. */
    PORTAL("o/"),
    /** A registrant confirming their own address before a request without a portal link counts (/c/, 24 h). */
    CONFIRMATION("c/");

    private final String path;

    LinkPurpose(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
