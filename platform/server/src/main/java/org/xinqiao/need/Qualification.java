package org.xinqiao.need;

/**
 * What a provider must hold before matching may pair them with a need (RULES.md §3). Each
 * {@link ServiceType} requires exactly one; a provider holds as many as staff have verified.
 * The set follows who actually delivers care in a village: school teachers, vetted tutors (volunteers,
 * e-commerce practitioners, returning talent), licensed counsellors, social workers, civil-affairs staff,
 * and volunteers who passed the quarterly care training (RULES.md §6).
 */
public enum Qualification {
    /** A qualified school teacher (教师资格), needed to design a child's personalised tutoring plan. */
    TEACHER("教师", "Teacher"),
    /** Vetted to help with homework and lessons; held by volunteers, practitioners and returning talent. */
    TUTOR("课业辅导员", "Tutor"),
    /** Teaches an interest class (arts, sports, reading, e-commerce skills…). */
    INTEREST_INSTRUCTOR("兴趣课指导员", "Interest-class instructor"),
    /** Trained to teach traffic, water, online and personal safety to children. */
    SAFETY_TRAINER("安全教育讲师", "Safety trainer"),
    /** A certified psychological counsellor (心理咨询师). */
    PSYCHOLOGICAL_COUNSELLOR("心理咨询师", "Psychological counsellor"),
    /** A volunteer who completed the care-service training and keeps a child company one to one. */
    CARE_VOLUNTEER("关爱志愿者", "Trained care volunteer"),
    /** Mentors teenagers on study and career choices; often a returning graduate or practitioner. */
    CAREER_MENTOR("职业导师", "Career mentor"),
    /** A licensed social worker (社会工作者), who organises social-practice activities. */
    SOCIAL_WORKER("社会工作者", "Social worker"),
    /**
     * Civil-affairs staff, including the village's children's director (儿童主任): aid and grants are public
     * support, handed out only by someone accountable for it.
     */
    CIVIL_AFFAIRS_OFFICER("民政工作人员", "Civil-affairs officer");

    private final String chineseLabel;
    private final String englishLabel;

    Qualification(String chineseLabel, String englishLabel) {
        this.chineseLabel = chineseLabel;
        this.englishLabel = englishLabel;
    }

    public String chineseLabel() {
        return chineseLabel;
    }

    public String englishLabel() {
        return englishLabel;
    }
}
