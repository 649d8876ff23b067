package org.xinqiao.fund;

/**
 * Where a spending plan's vote stands: approved only with {@code needed} approvals and the
 * civil-affairs member among them; the counts let a screen say what is still missing.
 */
record Approval(boolean approved, int approvals, int needed, boolean civilAffairsApproved) {
}
