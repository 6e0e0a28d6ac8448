package org.seminardesk.probono;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the pro bono API accepts. */
public final class ProBonoInputs {

    private ProBonoInputs() {
    }

    /** A facility's need, registered by its staff. */
    public record Need(@NotNull Long organisationId, @NotBlank @Size(max = 100) String contactName,
                       @NotBlank @Email @Size(max = 254) String contactEmail, @NotBlank @Size(max = 200) String title,
                       @Size(max = 4000) String description) implements java.io.Serializable {
    }

    /** An offer of help. */
    public record Offer(@NotBlank @Size(max = 100) String name, @Size(max = 200) String affiliation,
                        @NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 1000) String skills) implements java.io.Serializable {
    }

    public record Match(@NotNull Long needId, @NotNull Long offerId, @Size(max = 2000) String note) implements java.io.Serializable {
    }

    public record Outcome(@NotNull ProBonoMatch.Outcome outcome, @Size(max = 2000) String note) implements java.io.Serializable {
    }
}
