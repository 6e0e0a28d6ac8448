package org.seminardesk.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * A short transaction inside a method that runs without one on purpose (sign-in: no lock or connection held
 * while a password is hashed).
 */
@ApplicationScoped
@Transactional
public class InTransaction {

    public <T> T apply(Supplier<T> work) {
        return work.get();
    }
}
