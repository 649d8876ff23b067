package org.xinqiao.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xinqiao.support.WithFakeWeChat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotencyIT implements WithFakeWeChat {

    @Inject
    Idempotency idempotency;

    @Test
    void theSameKeySentTenTimesAtOnceDoesTheWorkOnceAndAnswersAllAlike() throws Exception {
        String key = UUID.randomUUID().toString();
        AtomicInteger done = new AtomicInteger();
        Callable<Idempotency.Outcome<String>> call = () -> idempotency.run("test", key, Map.of("amount", 60), 201, String.class, () -> {
            pause(200);
            return "receipt-" + done.incrementAndGet();
        });
        ExecutorService pool = Executors.newFixedThreadPool(10);

        List<Future<Idempotency.Outcome<String>>> futures = pool.invokeAll(java.util.Collections.nCopies(10, call));
        pool.shutdown();

        assertEquals(1, done.get());
        List<String> bodies = new ArrayList<>();
        for (Future<Idempotency.Outcome<String>> future : futures) {
            assertEquals(201, future.get().status());
            bodies.add(future.get().body());
        }
        assertEquals(java.util.Collections.nCopies(10, "receipt-1"), bodies);
    }

    @Test
    void theSameKeyWithADifferentBodyIs422() {
        String key = UUID.randomUUID().toString();
        idempotency.run("test", key, Map.of("amount", 60), 201, String.class, () -> "first");

        DomainException reused = assertThrows(DomainException.class,
                () -> idempotency.run("test", key, Map.of("amount", 61), 201, String.class, () -> "second"));

        assertEquals(ErrorCode.IDEMPOTENCY_KEY_REUSED, reused.code());
    }

    @Test
    void aRefusalIsAnsweredAgainWithoutRedoingTheWork() {
        String key = UUID.randomUUID().toString();
        AtomicInteger attempts = new AtomicInteger();
        Runnable refuse = () -> idempotency.run("test", key, "same", 201, String.class, () -> {
            attempts.incrementAndGet();
            throw new DomainException(ErrorCode.CONFLICT, "refused");
        });

        DomainException first = assertThrows(DomainException.class, refuse::run);
        DomainException replayed = assertThrows(DomainException.class, refuse::run);

        assertEquals(1, attempts.get());
        assertEquals(first.code(), replayed.code());
        assertEquals("refused", replayed.getMessage());
    }

    @Test
    void anUnexpectedFailureLeavesTheKeyFreeForARetry() {
        String key = UUID.randomUUID().toString();
        assertThrows(IllegalStateException.class,
                () -> idempotency.run("test", key, "same", 201, String.class, () -> { throw new IllegalStateException("boom"); }));

        Idempotency.Outcome<String> retried = idempotency.run("test", key, "same", 201, String.class, () -> "done");

        assertEquals("done", retried.body());
    }

    @Test
    void keysOfDifferentScopesAreIndependent() {
        String key = UUID.randomUUID().toString();

        String a = idempotency.run("scope-a", key, "x", 201, String.class, () -> "a").body();
        String b = idempotency.run("scope-b", key, "y", 201, String.class, () -> "b").body();

        assertEquals("a", a);
        assertEquals("b", b);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
