package org.seminardesk.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageParamsTest {

    @Test
    void aYearInTheAddressIsAWholeNumberOrTheDefault() {
        assertEquals(Optional.of(2026), PageParams.year(null, 2026), "no year: the default");
        assertEquals(Optional.of(2026), PageParams.year(" ", 2026));
        assertEquals(Optional.of(2021), PageParams.year(" 2021 ", 2026));
        assertEquals(Optional.empty(), PageParams.year("abc", 2026));
        assertEquals(Optional.empty(), PageParams.year("-5", 2026));
        assertEquals(Optional.empty(), PageParams.year("99999999999", 2026), "beyond an int is no year either");
        assertEquals(Optional.empty(), PageParams.year("2021' OR 1=1", 2026));
    }
}
