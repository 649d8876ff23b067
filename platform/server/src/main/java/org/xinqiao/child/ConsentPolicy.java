package org.xinqiao.child;

import java.time.LocalDate;
import java.time.Period;

/**
 * PIPL art. 31: the personal data of a child under the consent age (default 14) is stored only with a
 * guardian's recorded consent. Age is whole years on the given day ({@link Period} semantics).
 */
final class ConsentPolicy {

    private final int consentAge;

    ConsentPolicy(int consentAge) {
        this.consentAge = consentAge;
    }

    boolean consentRequired(LocalDate birthDate, LocalDate today) {
        return Period.between(birthDate, today).getYears() < consentAge;
    }
}
