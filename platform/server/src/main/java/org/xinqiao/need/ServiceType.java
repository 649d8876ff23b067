package org.xinqiao.need;

/**
 * The services a need can ask for and a provider can deliver (RULES.md §2), each answering one
 * {@link Category} of need and requiring one {@link Qualification} of whoever delivers it (RULES.md §3).
 */
public enum ServiceType {
    TUTORING(Category.EDUCATION, "课业辅导", "Tutoring", Qualification.TUTOR),
    INTEREST_CLASS(Category.EDUCATION, "兴趣课堂", "Interest class", Qualification.INTEREST_INSTRUCTOR),
    SAFETY_EDUCATION(Category.SAFETY, "安全教育", "Safety education", Qualification.SAFETY_TRAINER),
    PSYCHOLOGICAL_COUNSELLING(Category.PSYCHOLOGICAL, "心理辅导", "Psychological counselling",
            Qualification.PSYCHOLOGICAL_COUNSELLOR),
    ONE_TO_ONE_COMPANIONSHIP(Category.PSYCHOLOGICAL, "一对一陪伴", "One-to-one companionship",
            Qualification.CARE_VOLUNTEER),
    CAREER_PLANNING(Category.EDUCATION, "生涯规划", "Career planning", Qualification.CAREER_MENTOR),
    SOCIAL_PRACTICE(Category.EDUCATION, "社会实践", "Social practice", Qualification.SOCIAL_WORKER),
    MATERIAL_AID(Category.MATERIAL, "物资帮扶", "Material aid", Qualification.CIVIL_AFFAIRS_OFFICER),
    /** Answers a household's lack of money for schooling, hence MATERIAL rather than EDUCATION. */
    STUDY_GRANT(Category.MATERIAL, "助学金", "Study grant", Qualification.CIVIL_AFFAIRS_OFFICER),
    PERSONALISED_TUTORING_PLAN(Category.EDUCATION, "个性化辅导方案", "Personalised tutoring plan",
            Qualification.TEACHER);

    private final Category category;
    private final String chineseLabel;
    private final String englishLabel;
    private final Qualification requiredQualification;

    ServiceType(Category category, String chineseLabel, String englishLabel, Qualification requiredQualification) {
        this.category = category;
        this.chineseLabel = chineseLabel;
        this.englishLabel = englishLabel;
        this.requiredQualification = requiredQualification;
    }

    public Category category() {
        return category;
    }

    public String chineseLabel() {
        return chineseLabel;
    }

    public String englishLabel() {
        return englishLabel;
    }

    public Qualification requiredQualification() {
        return requiredQualification;
    }
}
