package org.xinqiao.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CircuitTest {

    private static final Instant T0 = Instant.parse("2026-03-02T12:00:00Z");
    private final Circuit circuit = new Circuit(3, Duration.ofMinutes(5));

    @Test
    void twoFailuresInARowLeaveTheCircuitClosed() {
        circuit.failed(T0, "a");
        circuit.failed(T0, "b");

        assertEquals(Optional.empty(), circuit.refusal(T0));
        assertEquals(Circuit.State.CLOSED, circuit.snapshot(T0).state());
        assertEquals("b", circuit.snapshot(T0).lastError());
    }

    @Test
    void theThirdFailureInARowOpensItForTheCoolDown() {
        failThreeTimes();

        assertEquals(Optional.of(T0.plusSeconds(300)), circuit.refusal(T0.plusSeconds(299)));
        assertEquals(Circuit.State.OPEN, circuit.snapshot(T0).state());
    }

    @Test
    void aSuccessInBetweenStartsTheCountAgain() {
        circuit.failed(T0, "a");
        circuit.failed(T0, "b");
        circuit.succeeded();
        circuit.failed(T0, "c");
        circuit.failed(T0, "d");

        assertEquals(Optional.empty(), circuit.refusal(T0));
    }

    @Test
    void afterTheCoolDownOneTrialCallGoesThroughAndOthersWait() {
        failThreeTimes();
        Instant later = T0.plusSeconds(300);

        assertEquals(Optional.empty(), circuit.refusal(later));
        assertTrue(circuit.refusal(later).isPresent());
        assertEquals(Circuit.State.HALF_OPEN, circuit.snapshot(later).state());
    }

    @Test
    void aSuccessfulTrialClosesTheCircuit() {
        failThreeTimes();
        Instant later = T0.plusSeconds(300);
        circuit.refusal(later);

        circuit.succeeded();

        assertEquals(Optional.empty(), circuit.refusal(later));
        assertEquals(Circuit.State.CLOSED, circuit.snapshot(later).state());
        assertEquals(0, circuit.snapshot(later).consecutiveFailures());
    }

    @Test
    void aFailedTrialOpensItAgainForAnotherCoolDown() {
        failThreeTimes();
        Instant later = T0.plusSeconds(300);
        circuit.refusal(later);

        circuit.failed(later, "still broken");

        assertEquals(Optional.of(later.plusSeconds(300)), circuit.refusal(later.plusSeconds(1)));
    }

    private void failThreeTimes() {
        circuit.failed(T0, "a");
        circuit.failed(T0, "b");
        circuit.failed(T0, "c");
    }
}
