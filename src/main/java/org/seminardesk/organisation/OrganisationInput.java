package org.seminardesk.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A member organisation as the API accepts it. */
public record OrganisationInput(
        @NotBlank @Size(max = 200) String name,
        @NotNull FacilityType facilityType,
        @Size(max = 100) String contactPerson,
        @Email @Size(max = 254) String email,
        @Size(max = 40) @Pattern(regexp = "[0-9+()\\- ]*", message = "only digits, spaces, +, - and brackets") String phone,
        @Pattern(regexp = "ja|en", message = "ja or en") String preferredLanguage,
        @Size(max = 300) String postalAddress) implements java.io.Serializable {

    OrganisationDetails details() {
        return new OrganisationDetails(name, facilityType, contactPerson, email, phone, preferredLanguage, postalAddress);
    }
}
