package org.seminardesk.platform.link;

/** What a private link opens, and the path it lives under: /{path}/{token}. */
public enum LinkPurpose {
    /** A registration's own page (/r/): its participants, add, remove, cancel. */
    REGISTRATION("r/"),
    /** A member organisation's answers to one survey (/s/). */
    SURVEY_RESPONSE("s/"),
    /** A member organisation's reply to a meeting held in writing (/w/). */
    WRITTEN_REPLY("w/"),
    /** A contact person's portal of their organisation (/o/): its seminars, registrations, surveys and meetings. */
    PORTAL("o/");

    private final String path;

    LinkPurpose(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
