package org.seminardesk.organisation;

import java.util.List;
import org.seminardesk.platform.ExcelCsv;

/**
 * Organisations with their contacts as CSV (UTF-8 with BOM, for Excel), one row per contact (an organisation
 * without one on a row of its own), in the columns OrganisationSheet reads back.
 */
public final class OrganisationExport {

    static final String[] HEADER = {"事業所名", "施設種別", "住所", "電話", "メール", "担当者名", "担当者メール", "担当者電話", "役職", "会員", "状態"};

    private OrganisationExport() {
    }

    public static byte[] csv(List<Organisation> organisations, java.util.function.Function<Organisation, List<OrganisationContact>> contactsOf) {
        return ExcelCsv.write(HEADER, printer -> {
            for (Organisation o : organisations) {
                List<OrganisationContact> contacts = contactsOf.apply(o);
                if (contacts.isEmpty()) {
                    printer.printRecord(o.name(), OrganisationSheet.label(o.facilityType()), o.postalAddress(), o.phone(), o.email(), null, null, null, null,
                            o.member() ? "会員" : "会員外", o.active() ? "有効" : "無効");
                }
                for (OrganisationContact c : contacts) {
                    printer.printRecord(o.name(), OrganisationSheet.label(o.facilityType()), o.postalAddress(), o.phone(), o.email(), c.name(), c.email(),
                            c.phone(), c.role(), o.member() ? "会員" : "会員外", o.active() ? "有効" : "無効");
                }
            }
        });
    }
}
