package org.xinqiao.need;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The 20 census indicators of RULES.md §2, five per {@link Category}. The constant's name is the code used
 * on the wire ({@code scores: {M1: 2, …}}) and in storage, so it must never be renamed.
 */
public enum Indicator {
    M1(Category.MATERIAL, "饮食与营养", "diet and nutrition"),
    M2(Category.MATERIAL, "衣物与被褥", "clothing and bedding"),
    M3(Category.MATERIAL, "学习用品", "school supplies"),
    M4(Category.MATERIAL, "住房条件", "housing conditions"),
    M5(Category.MATERIAL, "医疗保障", "medical care"),

    E1(Category.EDUCATION, "学业成绩", "academic performance"),
    E2(Category.EDUCATION, "家庭作业辅导", "homework support at home"),
    E3(Category.EDUCATION, "图书与阅读", "books and reading"),
    E4(Category.EDUCATION, "数字化学习条件", "digital access for learning"),
    E5(Category.EDUCATION, "出勤与辍学风险", "attendance / drop-out risk"),

    P1(Category.PSYCHOLOGICAL, "孤独感", "loneliness"),
    P2(Category.PSYCHOLOGICAL, "情绪与心理稳定", "mood and emotional stability"),
    P3(Category.PSYCHOLOGICAL, "亲子联系", "contact with parents"),
    P4(Category.PSYCHOLOGICAL, "同伴关系", "peer relationships"),
    P5(Category.PSYCHOLOGICAL, "自尊与自信", "self-esteem"),

    S1(Category.SAFETY, "居家与监护安全", "home and guardianship safety"),
    S2(Category.SAFETY, "交通安全", "traffic safety"),
    S3(Category.SAFETY, "防溺水", "drowning risk"),
    S4(Category.SAFETY, "网络安全", "online safety"),
    S5(Category.SAFETY, "欺凌与虐待", "bullying and abuse");

    private final Category category;
    private final String chineseLabel;
    private final String englishLabel;

    Indicator(Category category, String chineseLabel, String englishLabel) {
        this.category = category;
        this.chineseLabel = chineseLabel;
        this.englishLabel = englishLabel;
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

    /** The indicators of one category, in catalog order. */
    public static List<Indicator> of(Category category) {
        return Arrays.stream(values()).filter(i -> i.category == category).toList();
    }

    /**
     * The indicator with this exact code. Case-sensitive on purpose: the wire format is the upper-case code,
     * and accepting variants would let two spellings of one indicator into the same record.
     */
    public static Optional<Indicator> fromCode(String code) {
        return Arrays.stream(values()).filter(i -> i.name().equals(code)).findFirst();
    }
}
