package org.seminardesk.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A contact person as organisers enter them (page, API or import). */
public record ContactDetails(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Email @Size(max = 254) String email,
        @Size(max = 40) @Pattern(regexp = "[0-9+()\\- ]*", message = "only digits, spaces, +, - and brackets") String phone,
        @Size(max = 100) String role) implements java.io.Serializable {
}
