package org.xinqiao.provider;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xinqiao.need.Qualification;
import org.xinqiao.need.ServiceType;

class QualificationExpiryTest {

    private static final LocalDate EXPIRY = LocalDate.of(2026, 6, 30);

    private static ProviderView tutor(ProviderStatus status, LocalDate expiresOn) {
        return new ProviderView(1, 2, ProviderKind.VOLUNTEER, "李老师", status,
                List.of(new QualificationHeld(Qualification.TUTOR, expiresOn)), List.of(7L), List.of(ServiceType.TUTORING), List.of(),
                Instant.EPOCH, null, null);
    }

    @Test
    void aQualificationStillCountsOnItsExpiryDay() {
        assertTrue(tutor(ProviderStatus.APPROVED, EXPIRY).mayDeliver(ServiceType.TUTORING, EXPIRY));
    }

    @Test
    void theDayAfterItsExpiryItNoLongerCounts() {
        assertFalse(tutor(ProviderStatus.APPROVED, EXPIRY).mayDeliver(ServiceType.TUTORING, EXPIRY.plusDays(1)));
    }

    @Test
    void aPendingProviderMayNotDeliver() {
        assertFalse(tutor(ProviderStatus.PENDING, null).mayDeliver(ServiceType.TUTORING, EXPIRY));
    }

    @Test
    void aServiceNeedsItsOwnQualification() {
        assertFalse(tutor(ProviderStatus.APPROVED, null).mayDeliver(ServiceType.PSYCHOLOGICAL_COUNSELLING, EXPIRY));
    }
}
