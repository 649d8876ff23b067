package org.xinqiao.provider;

import org.xinqiao.account.Role;

/** Who a provider is; the first three earn the matching account role when approved. */
public enum ProviderKind {
    VOLUNTEER(Role.VOLUNTEER),
    PRACTITIONER(Role.PRACTITIONER),
    RETURNING_TALENT(Role.RETURNING_TALENT),
    /** Teachers, counsellors, social workers and civil-affairs staff delivering a service as part of their work. */
    PROFESSIONAL(null);

    private final Role role;

    ProviderKind(Role role) {
        this.role = role;
    }

    Role role() {
        return role;
    }
}
