package org.seminardesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** Jakarta Security's view of the accounts: username and password in, the account's roles out. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = UserAccount.normalisedUsername(credential.getCaller());
        return accounts.verify(username, credential.getPasswordAsString())
                .map(roles -> new CredentialValidationResult(username, roles))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
