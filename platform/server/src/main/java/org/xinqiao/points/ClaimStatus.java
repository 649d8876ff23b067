package org.xinqiao.points;

public enum ClaimStatus {
    SUBMITTED, APPROVED, REJECTED
}
