package org.seminardesk.platform.persistence;

/**
 * Keys taken from a database sequence in blocks, for the rows a registration writes several of at once
 * (participants, their mails, the consent and audit entries): Hibernate draws a block with one call and
 * numbers the rows itself (the "pooled-lo" optimiser, persistence.xml), so their INSERTs wait for the flush
 * and go in JDBC batches, one round trip per table however many people a registration has. An IDENTITY key
 * would make each row's INSERT run at persist, one round trip each.
 * <p>
 * The sequences step by this size (V38__KeysInBlocks); a mismatch stops the deployment (Hibernate checks).
 * Their tables' columns have no default any more, so a row inserted without a key is refused instead of
 * taking a number a node holds in its block.
 */
public final class KeyBlocks {

    /** Keys per block: the largest number of one table's rows a single registration writes, with room. */
    public static final int SIZE = 50;

    private KeyBlocks() {
    }
}
