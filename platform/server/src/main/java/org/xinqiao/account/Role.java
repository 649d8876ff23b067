package org.xinqiao.account;

import java.util.EnumSet;
import java.util.Set;

/** The people of RULES.md §1. One account may hold several roles. */
public enum Role {
    GUARDIAN, CHILD, VOLUNTEER, PRACTITIONER, VILLAGER, RETURNING_TALENT,
    STATION_STAFF, SCHOOL_CONTACT, VILLAGE_STAFF, CIVIL_AFFAIRS, FUND_COMMITTEE, PARTNER, ADMIN;

    /** Roles that act for the villages linked to the account (and may read their children). */
    public static final Set<Role> VILLAGE_SCOPED_STAFF = EnumSet.of(STATION_STAFF, SCHOOL_CONTACT, VILLAGE_STAFF, CIVIL_AFFAIRS);
}
