package org.xinqiao.fund;

/** A partner's rating for a year (优秀 / 良好 / 合格 / 不合格); only EXCELLENT changes the next year's rates. */
public enum Rating {
    EXCELLENT,
    GOOD,
    QUALIFIED,
    UNQUALIFIED
}
