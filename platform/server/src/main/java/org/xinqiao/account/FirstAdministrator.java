package org.xinqiao.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinqiao.common.Secrets;

/**
 * On the first start of an empty database, creates the administrator from XINQIAO_ADMIN_USER /
 * XINQIAO_ADMIN_PASSWORD. Without a password the embedded default makes a random one and prints it once;
 * a MySQL (production) database insists on a chosen one.
 */
@Singleton
class FirstAdministrator implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountService accounts;
    private final Environment environment;
    private final String username;
    private final String password;

    FirstAdministrator(AccountService accounts, Environment environment,
                       @Value("${xinqiao.admin.username}") String username,
                       @Value("${xinqiao.admin.password:}") String password) {
        this.accounts = accounts;
        this.environment = environment;
        this.username = username;
        this.password = password;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        boolean generated = password.isBlank();
        if (generated && environment.getActiveNames().contains("mysql")) {
            if (accounts.findStaff(username).isEmpty()) {
                LOG.warn("No administrator exists and XINQIAO_ADMIN_PASSWORD is unset: set it and restart to create '{}'", username);
            }
            return;
        }
        String chosen = generated ? Base64.getUrlEncoder().withoutPadding().encodeToString(Secrets.randomBytes(15)) : password;
        boolean created;
        try {
            created = accounts.createFirstAdministrator(username, chosen);
        } catch (DataAccessException raced) {
            // another instance starting on the same empty database created it a moment ago
            LOG.info("The first administrator '{}' was created by another instance", username);
            return;
        }
        if (created && generated) {
            // printed once, on purpose: this is how a newcomer learns the password of the embedded default
            System.out.println("\n  First administrator created: username '" + username + "', password '" + chosen + "'"
                    + "\n  (shown only now; set XINQIAO_ADMIN_PASSWORD to choose it)\n");
        }
    }
}
