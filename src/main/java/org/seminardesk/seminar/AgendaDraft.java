package org.seminardesk.seminar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An agenda item as an organiser edits it: id null for a new item. proposal is what members read before (or,
 * held in writing, instead of) the meeting; minutes are what was discussed or decided (議事概要).
 */
public record AgendaDraft(Long id, @NotBlank @Size(max = 200) String title, @Size(max = 4000) String proposal,
                          @Size(max = 4000) String minutes) implements java.io.Serializable {
}
