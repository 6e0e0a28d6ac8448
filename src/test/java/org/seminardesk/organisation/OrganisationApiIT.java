package org.seminardesk.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.seminardesk.testing.ApplicationIT;
import org.seminardesk.testing.Http;

class OrganisationApiIT extends ApplicationIT {

    @Test
    void contactDetailsAreForOrganisersAndStaffOnly() {
        assertEquals(401, anonymous.get("api/organisations").status());
        assertEquals(401, anonymous.get("api/organisations/1").status());
        assertEquals(200, organiser.get("api/organisations").status());
        assertEquals(403, staff.post("api/organisations", "{\"name\":\"x\",\"facilityType\":\"OTHER\"}").status());
        assertEquals(401, anonymous.put("api/organisations/1", "{\"name\":\"x\",\"facilityType\":\"OTHER\"}").status());
    }

    @Test
    void theTwentyThreeDemoFacilitiesAreThere() {
        var names = organiser.get("api/organisations").jsonArray().getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("name")).toList();
        for (String facility : java.util.List.of("品川宿", "かもめ第三工房", "TODAY南品川", "ディーキャリア品川サウスオフィス")) {
            assertTrue(names.contains(facility), facility);
        }
    }

    @Test
    void createUpdateAndRefuseDuplicates() {
        String name = unique("就労移行支援事業所");
        Http.Reply created = organiser.post("api/organisations",
                "{\"name\":\"%s\",\"facilityType\":\"EMPLOYMENT_TRANSITION\",\"contactPerson\":\"鈴木\",\"email\":\"info@example.org\",\"phone\":\"03-1234-5678\"}"
                        .formatted(name));
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();

        Http.Reply duplicate = organiser.post("api/organisations",
                "{\"name\":\"%s\",\"facilityType\":\"OTHER\"}".formatted(name));
        assertEquals(409, duplicate.status());

        Http.Reply updated = organiser.put("api/organisations/" + id,
                "{\"name\":\"%s\",\"facilityType\":\"RETENTION\"}".formatted(name));
        assertEquals(200, updated.status(), updated.body());
        assertEquals("RETENTION", organiser.get("api/organisations/" + id).json().getString("facilityType"));
    }

    @Test
    void badEmailPhoneAndTypeAreRefused() {
        Http.Reply bad = organiser.post("api/organisations",
                "{\"name\":\"%s\",\"facilityType\":\"EMPLOYMENT_TRANSITION\",\"email\":\"not an email\",\"phone\":\"<script>\"}"
                        .formatted(unique("x")));
        assertEquals(400, bad.status());
        assertEquals(2, bad.json().getJsonArray("fields").size());
        assertEquals(400, organiser.post("api/organisations", "{\"name\":\"x\",\"facilityType\":\"CASINO\"}").status());
        assertEquals(404, organiser.get("api/organisations/987654321").status());
    }
}
