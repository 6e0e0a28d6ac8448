package org.seminardesk.testing;

import java.net.URL;

/**
 * The organiser and staff accounts the tests sign in with, created once per test run by the admin the server
 * made from SEMINARDESK_ADMIN_PASSWORD — as a council would set up its accounts. 409 means an earlier run made them.
 */
final class TestUsers {

    private static boolean ready;

    private TestUsers() {
    }

    static synchronized void ensure(URL base) {
        if (ready) {
            return;
        }
        Http admin = Http.at(base).as(Http.As.ADMIN);
        create(admin, Http.As.ORGANISER, "[\"ORGANISER\",\"STAFF\"]", "テスト 事務局");
        create(admin, Http.As.STAFF, "[\"STAFF\"]", "テスト スタッフ");
        ready = true;
    }

    private static void create(Http admin, Http.As who, String roles, String name) {
        Http.Reply reply = admin.post("api/admin/users", "{\"username\":\"%s\",\"displayName\":\"%s\",\"roles\":%s,\"password\":\"%s\"}"
                .formatted(Http.username(who), name, roles, Http.password(who)));
        if (reply.status() != 201 && reply.status() != 409) {
            throw new AssertionError("Could not create the test user " + Http.username(who) + ": " + reply);
        }
    }
}
