package org.xinqiao.provider;

public enum ProviderStatus {
    PENDING, APPROVED, REJECTED
}
