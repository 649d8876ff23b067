package org.xinqiao.need;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tier boundaries of RULES.md §2: 6–12 PRIMARY, 13–16 TEEN, both ends included, age on the service date. */
class AgeTierTest {

    private final NeedsProfilePolicy policy = new NeedsProfilePolicy(NeedsRules.defaults());

    @Test
    void aChildTheDayBeforeTurningSixHasNoTier() {
        // given
        LocalDate birthDate = LocalDate.of(2019, 9, 1);

        // when
        NeedsProfile profile = profileOn(birthDate, LocalDate.of(2025, 8, 31));

        // then
        assertEquals(5, profile.age());
        assertEquals(AgeTier.NONE, profile.ageTier());
    }

    @Test
    void aChildTurningSixOnTheServiceDateIsPrimary() {
        // given
        LocalDate birthDate = LocalDate.of(2019, 9, 1);

        // when
        NeedsProfile profile = profileOn(birthDate, LocalDate.of(2025, 9, 1));

        // then
        assertEquals(6, profile.age());
        assertEquals(AgeTier.PRIMARY, profile.ageTier());
    }

    @Test
    void aChildTheDayBeforeTurningThirteenIsStillPrimary() {
        // given
        LocalDate birthDate = LocalDate.of(2012, 9, 1);

        // when
        NeedsProfile profile = profileOn(birthDate, LocalDate.of(2025, 8, 31));

        // then
        assertEquals(12, profile.age());
        assertEquals(AgeTier.PRIMARY, profile.ageTier());
    }

    @Test
    void aChildTurningThirteenOnTheServiceDateIsATeen() {
        // given
        LocalDate birthDate = LocalDate.of(2012, 9, 1);

        // when
        NeedsProfile profile = profileOn(birthDate, LocalDate.of(2025, 9, 1));

        // then
        assertEquals(13, profile.age());
        assertEquals(AgeTier.TEEN, profile.ageTier());
    }

    @Test
    void aChildTheDayBeforeTurningSeventeenIsStillATeen() {
        // given
        LocalDate birthDate = LocalDate.of(2008, 9, 1);

        // when
        NeedsProfile profile = profileOn(birthDate, LocalDate.of(2025, 8, 31));

        // then
        assertEquals(16, profile.age());
        assertEquals(AgeTier.TEEN, profile.ageTier());
    }

    @Test
    void aChildTurningSeventeenOnTheServiceDateHasNoTier() {
        // given
        LocalDate birthDate = LocalDate.of(2008, 9, 1);

        // when
        NeedsProfile profile = profileOn(birthDate, LocalDate.of(2025, 9, 1));

        // then
        assertEquals(17, profile.age());
        assertEquals(AgeTier.NONE, profile.ageTier());
    }

    @Test
    void aChildBornOnTwentyNinthFebruaryIsStillTwelveOnTwentyEighthFebruaryOfACommonYear() {
        // given
        LocalDate birthDate = LocalDate.of(2012, 2, 29);

        // when
        NeedsProfile profile = profileOn(birthDate, LocalDate.of(2025, 2, 28));

        // then
        assertEquals(12, profile.age());
        assertEquals(AgeTier.PRIMARY, profile.ageTier());
    }

    @Test
    void aChildBornOnTwentyNinthFebruaryTurnsThirteenOnFirstMarchOfACommonYear() {
        // given
        LocalDate birthDate = LocalDate.of(2012, 2, 29);

        // when
        NeedsProfile profile = profileOn(birthDate, LocalDate.of(2025, 3, 1));

        // then
        assertEquals(13, profile.age());
        assertEquals(AgeTier.TEEN, profile.ageTier());
    }

    @Test
    void aChildBornOnTwentyNinthFebruaryHasTheirBirthdayOnTheDayInALeapYear() {
        // given
        LocalDate birthDate = LocalDate.of(2012, 2, 29);

        // when
        NeedsProfile dayBefore = profileOn(birthDate, LocalDate.of(2024, 2, 28));
        NeedsProfile birthday = profileOn(birthDate, LocalDate.of(2024, 2, 29));

        // then
        assertEquals(11, dayBefore.age());
        assertEquals(12, birthday.age());
    }

    @Test
    void aBabyOnTheDayOfBirthHasNoTier() {
        // given
        LocalDate birthDate = LocalDate.of(2025, 9, 1);

        // when
        NeedsProfile profile = profileOn(birthDate, birthDate);

        // then
        assertEquals(0, profile.age());
        assertEquals(AgeTier.NONE, profile.ageTier());
    }

    private NeedsProfile profileOn(LocalDate birthDate, LocalDate serviceDate) {
        return policy.profile(birthDate, serviceDate, Map.of());
    }
}
