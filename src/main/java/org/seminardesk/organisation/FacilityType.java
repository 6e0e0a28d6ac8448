package org.seminardesk.organisation;

/** Kinds of member facility in the subcommittee; Japanese labels are in the messages bundle (FacilityType.*). */
public enum FacilityType {
    /** 就労移行支援 */
    EMPLOYMENT_TRANSITION,
    /** 就労継続支援A型 */
    CONTINUATION_A,
    /** 就労継続支援B型 */
    CONTINUATION_B,
    /** 就労定着支援 */
    RETENTION,
    /** 相談支援 */
    CONSULTATION,
    /** 行政 */
    GOVERNMENT,
    /** 企業 */
    COMPANY,
    /** その他 */
    OTHER
}
