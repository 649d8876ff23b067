package org.xinqiao.need;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RULES.md §2: the tier's services come first, then what each group adds, each service once. */
class RecommendedServicesTest {

    private static final LocalDate SERVICE_DATE = LocalDate.of(2025, 9, 1);
    private static final LocalDate TEN_YEARS_AGO = LocalDate.of(2015, 3, 10);
    private static final LocalDate FOURTEEN_YEARS_AGO = LocalDate.of(2011, 5, 20);
    private static final LocalDate SEVENTEEN_YEARS_AGO = LocalDate.of(2008, 6, 1);

    private final NeedsProfilePolicy policy = new NeedsProfilePolicy(NeedsRules.defaults());

    @Test
    void aPrimaryChildInNoGroupIsOfferedTutoringInterestClassesAndSafetyEducation() {
        // given
        Map<Indicator, Integer> scores = Map.of(Indicator.S3, 3);

        // when
        List<ServiceType> services = recommended(TEN_YEARS_AGO, scores);

        // then
        assertEquals(List.of(ServiceType.TUTORING, ServiceType.INTEREST_CLASS, ServiceType.SAFETY_EDUCATION), services);
    }

    @Test
    void aTeenInNoGroupIsOfferedCounsellingCareerPlanningAndSocialPractice() {
        // given
        Map<Indicator, Integer> scores = Map.of();

        // when
        List<ServiceType> services = recommended(FOURTEEN_YEARS_AGO, scores);

        // then
        assertEquals(List.of(ServiceType.PSYCHOLOGICAL_COUNSELLING, ServiceType.CAREER_PLANNING,
                ServiceType.SOCIAL_PRACTICE), services);
    }

    @Test
    void aPrimaryChildWithAnEmotionalDeficitGetsCompanionshipAndCounsellingAfterTheTierServices() {
        // given
        Map<Indicator, Integer> scores = Map.of(Indicator.P1, 3);

        // when
        List<ServiceType> services = recommended(TEN_YEARS_AGO, scores);

        // then
        assertEquals(List.of(ServiceType.TUTORING, ServiceType.INTEREST_CLASS, ServiceType.SAFETY_EDUCATION,
                ServiceType.ONE_TO_ONE_COMPANIONSHIP, ServiceType.PSYCHOLOGICAL_COUNSELLING), services);
    }

    @Test
    void aTeenInEveryGroupIsOfferedCounsellingOnceInItsTierPlace() {
        // given
        Map<Indicator, Integer> scores = Map.of(Indicator.M2, 2, Indicator.P2, 2, Indicator.E1, 2);

        // when
        List<ServiceType> services = recommended(FOURTEEN_YEARS_AGO, scores);

        // then
        assertEquals(List.of(ServiceType.PSYCHOLOGICAL_COUNSELLING, ServiceType.CAREER_PLANNING,
                ServiceType.SOCIAL_PRACTICE, ServiceType.MATERIAL_AID, ServiceType.STUDY_GRANT,
                ServiceType.ONE_TO_ONE_COMPANIONSHIP, ServiceType.PERSONALISED_TUTORING_PLAN), services);
    }

    @Test
    void aPrimaryChildWithAcademicDifficultyGetsAPersonalisedTutoringPlan() {
        // given
        Map<Indicator, Integer> scores = Map.of(Indicator.E5, 2);

        // when
        List<ServiceType> services = recommended(TEN_YEARS_AGO, scores);

        // then
        assertEquals(List.of(ServiceType.TUTORING, ServiceType.INTEREST_CLASS, ServiceType.SAFETY_EDUCATION,
                ServiceType.PERSONALISED_TUTORING_PLAN), services);
    }

    @Test
    void aChildOutsideEveryTierInNoGroupHasNothingRecommended() {
        // given
        Map<Indicator, Integer> scores = Map.of(Indicator.E2, 1);

        // when
        List<ServiceType> services = recommended(SEVENTEEN_YEARS_AGO, scores);

        // then
        assertEquals(List.of(), services);
    }

    @Test
    void aChildOutsideEveryTierStillGetsTheServicesOfTheirGroupsForStaffToBook() {
        // given
        Map<Indicator, Integer> scores = Map.of(Indicator.M5, 3);

        // when
        List<ServiceType> services = recommended(SEVENTEEN_YEARS_AGO, scores);

        // then
        assertEquals(List.of(ServiceType.MATERIAL_AID, ServiceType.STUDY_GRANT), services);
    }

    private List<ServiceType> recommended(LocalDate birthDate, Map<Indicator, Integer> scores) {
        return policy.profile(birthDate, SERVICE_DATE, scores).recommendedServiceTypes();
    }
}
