package org.xinqiao.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ServiceTypeCatalogTest {

    @Test
    void eachServiceAnswersTheCategoryOfNeedItServes() {
        // given the services of RULES.md §2

        // when / then
        assertEquals(Category.EDUCATION, ServiceType.TUTORING.category());
        assertEquals(Category.EDUCATION, ServiceType.INTEREST_CLASS.category());
        assertEquals(Category.SAFETY, ServiceType.SAFETY_EDUCATION.category());
        assertEquals(Category.PSYCHOLOGICAL, ServiceType.PSYCHOLOGICAL_COUNSELLING.category());
        assertEquals(Category.PSYCHOLOGICAL, ServiceType.ONE_TO_ONE_COMPANIONSHIP.category());
        assertEquals(Category.EDUCATION, ServiceType.CAREER_PLANNING.category());
        assertEquals(Category.EDUCATION, ServiceType.SOCIAL_PRACTICE.category());
        assertEquals(Category.MATERIAL, ServiceType.MATERIAL_AID.category());
        assertEquals(Category.MATERIAL, ServiceType.STUDY_GRANT.category());
        assertEquals(Category.EDUCATION, ServiceType.PERSONALISED_TUTORING_PLAN.category());
    }

    @Test
    void eachServiceRequiresTheQualificationOfThoseWhoDeliverIt() {
        // given the services of RULES.md §2

        // when / then
        assertEquals(Qualification.TUTOR, ServiceType.TUTORING.requiredQualification());
        assertEquals(Qualification.INTEREST_INSTRUCTOR, ServiceType.INTEREST_CLASS.requiredQualification());
        assertEquals(Qualification.SAFETY_TRAINER, ServiceType.SAFETY_EDUCATION.requiredQualification());
        assertEquals(Qualification.PSYCHOLOGICAL_COUNSELLOR,
                ServiceType.PSYCHOLOGICAL_COUNSELLING.requiredQualification());
        assertEquals(Qualification.CARE_VOLUNTEER, ServiceType.ONE_TO_ONE_COMPANIONSHIP.requiredQualification());
        assertEquals(Qualification.CAREER_MENTOR, ServiceType.CAREER_PLANNING.requiredQualification());
        assertEquals(Qualification.SOCIAL_WORKER, ServiceType.SOCIAL_PRACTICE.requiredQualification());
        assertEquals(Qualification.CIVIL_AFFAIRS_OFFICER, ServiceType.MATERIAL_AID.requiredQualification());
        assertEquals(Qualification.CIVIL_AFFAIRS_OFFICER, ServiceType.STUDY_GRANT.requiredQualification());
        assertEquals(Qualification.TEACHER, ServiceType.PERSONALISED_TUTORING_PLAN.requiredQualification());
    }

    @Test
    void everyQualificationIsRequiredBySomeService() {
        // given the qualifications providers can hold

        // when
        Set<Qualification> required = Arrays.stream(ServiceType.values())
                .map(ServiceType::requiredQualification)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Qualification.class)));

        // then
        assertEquals(EnumSet.allOf(Qualification.class), required);
    }

    @Test
    void everyServiceAndQualificationHasDistinctChineseAndEnglishLabels() {
        // given the catalogs

        // when
        var services = Arrays.stream(ServiceType.values()).toList();
        var qualifications = Arrays.stream(Qualification.values()).toList();

        // then
        assertTrue(services.stream().noneMatch(s -> s.chineseLabel().isBlank() || s.englishLabel().isBlank()));
        assertTrue(qualifications.stream().noneMatch(q -> q.chineseLabel().isBlank() || q.englishLabel().isBlank()));
        assertEquals(services.size(), services.stream().map(ServiceType::chineseLabel).distinct().count());
        assertEquals(services.size(), services.stream().map(ServiceType::englishLabel).distinct().count());
        assertEquals(qualifications.size(), qualifications.stream().map(Qualification::chineseLabel).distinct().count());
        assertEquals(qualifications.size(), qualifications.stream().map(Qualification::englishLabel).distinct().count());
    }
}
