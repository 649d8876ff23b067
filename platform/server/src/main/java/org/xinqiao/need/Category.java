package org.xinqiao.need;

/** The four categories of need the census scores (RULES.md §2). */
public enum Category {
    MATERIAL("物质", "Material"),
    EDUCATION("教育", "Education"),
    PSYCHOLOGICAL("心理", "Psychological"),
    SAFETY("安全", "Safety");

    private final String chineseLabel;
    private final String englishLabel;

    Category(String chineseLabel, String englishLabel) {
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
