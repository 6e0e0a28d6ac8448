package org.seminardesk.mail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Records each mail as SENT the moment the SMTP server has accepted it, with one auto-committed UPDATE on a
 * connection held for the batch. A node killed mid-batch has therefore recorded every mail but the one in
 * flight, and the node that takes over its claim sends only what was not sent — at most that one mail twice,
 * with the same Message-ID. (Plain JDBC: a JTA transaction per mail costs about a third of the throughput.)
 */
final class SentLog implements AutoCloseable {

    private static final String RECORD_SENT = """
            UPDATE mail_outbox SET status = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = NULL,
                   claimed_by = NULL, claim_expires_at = NULL
            WHERE id = ?""";

    private static final String RENEW_CLAIM = """
            UPDATE mail_outbox SET claim_expires_at = ? WHERE claimed_by = ? AND status = 'PENDING'""";

    private final Connection connection;
    private final PreparedStatement statement;
    private final Clock clock;
    private Instant renewed;

    SentLog(DataSource database, Clock clock) throws SQLException {
        this.connection = database.getConnection();
        this.clock = clock;
        this.renewed = clock.instant(); // the batch was claimed just before
        try {
            connection.setAutoCommit(true);
            this.statement = connection.prepareStatement(RECORD_SENT);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * Keeps this batch's claim on the rows it has not sent yet while it is alive: a batch slower than the lease
     * (a busy node, several batches side by side) must not have its rows taken and sent a second time by another
     * dispatcher. Renewed every third of the lease; a dead node stops renewing and its rows are free a lease later.
     */
    void keepClaim(String batch, Duration lease) throws SQLException {
        Instant now = clock.instant();
        if (Duration.between(renewed, now).compareTo(lease.dividedBy(3)) < 0) {
            return;
        }
        try (PreparedStatement renew = connection.prepareStatement(RENEW_CLAIM)) {
            renew.setObject(1, OffsetDateTime.ofInstant(now.plus(lease), ZoneOffset.UTC));
            renew.setString(2, batch);
            renew.executeUpdate();
        }
        renewed = now;
    }

    void recordSent(long mailId) throws SQLException {
        statement.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        statement.setLong(2, mailId);
        statement.executeUpdate();
    }

    @Override
    public void close() throws SQLException {
        try (connection; statement) {
            // closes both, the statement first
        }
    }
}
