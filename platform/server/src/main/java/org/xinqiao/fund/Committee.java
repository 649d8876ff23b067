package org.xinqiao.fund;

import java.util.Set;

/**
 * A partner's oversight committee (civil affairs, platform, village collective, guardian
 * representative), as the account ids of its members and which one sits for civil affairs.
 */
record Committee(Set<Long> members, long civilAffairsMember) {

    Committee {
        members = Set.copyOf(members);
        if (!members.contains(civilAffairsMember)) {
            throw new IllegalArgumentException("the civil-affairs member must be one of the members");
        }
    }

    boolean hasMember(long accountId) {
        return members.contains(accountId);
    }

    /** A strict majority of all members, the drafter included when a member: 3 of 4, 3 of 5. */
    int majority() {
        return members.size() / 2 + 1;
    }
}
