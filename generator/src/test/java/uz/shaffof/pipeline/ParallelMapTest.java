package uz.shaffof.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelMapTest {
    @Test
    void mapsEveryItemOnceAndKeepsTheListsOrder() {
        List<Integer> items = IntStream.range(0, 5_000).boxed().toList();
        AtomicInteger calls = new AtomicInteger();
        List<String> out = ParallelMap.of(items, i -> {
            calls.incrementAndGet();
            return "p" + i;
        });
        assertEquals(IntStream.range(0, 5_000).mapToObj(i -> "p" + i).toList(), out);
        assertEquals(5_000, calls.get());
        assertEquals(List.of(), ParallelMap.of(List.<Integer>of(), i -> i));
    }

    @Test
    void everyWorkerOfThePoolItRunsInTakesItems() throws Exception {
        ForkJoinPool pool = new ForkJoinPool(3);
        try {
            Set<Thread> seen = ConcurrentHashMap.newKeySet();
            CountDownLatch all = new CountDownLatch(3);
            List<Integer> out = pool.submit(() -> ParallelMap.of(List.of(1, 2, 3, 4, 5, 6), i -> {
                if (seen.add(Thread.currentThread())) all.countDown();
                try {
                    // Each of the first items waits for the others to be taken: only three workers can pass.
                    assertTrue(all.await(10, TimeUnit.SECONDS), "three workers took items at once");
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return i * 10;
            })).get(30, TimeUnit.SECONDS);
            assertEquals(List.of(10, 20, 30, 40, 50, 60), out);
            assertEquals(3, seen.size());
            assertTrue(seen.stream().allMatch(t -> t.getName().startsWith("ForkJoinPool")), "the pool's threads");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSlowItemDoesNotHoldBackTheItemsAfterIt() throws Exception {
        // A stream cuts the list into parts up front, and an item in the slow item's part would wait behind it;
        // here the worker not stuck on item 0 takes every other item.
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            CountDownLatch othersDone = new CountDownLatch(5);
            Set<Thread> others = ConcurrentHashMap.newKeySet();
            pool.submit(() -> ParallelMap.of(List.of(0, 1, 2, 3, 4, 5), i -> {
                if (i == 0) {
                    try {
                        assertTrue(othersDone.await(10, TimeUnit.SECONDS), "items 1-5 done while 0 was still at work");
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                } else {
                    others.add(Thread.currentThread());
                    othersDone.countDown();
                }
                return i;
            })).get(30, TimeUnit.SECONDS);
            assertEquals(1, others.size(), "one worker took every other item");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theFirstFailureIsRethrownItselfAndStopsHandingOutItems() {
        IllegalArgumentException boom = new IllegalArgumentException("page 10 is broken");
        AtomicInteger started = new AtomicInteger();
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> ParallelMap.of(IntStream.range(0, 10_000).boxed().toList(), i -> {
                    started.incrementAndGet();
                    if (i == 10) throw boom;
                    return i;
                }));
        assertSame(boom, thrown, "the exception itself, not a copy made for another thread");
        assertTrue(started.get() < 10_000, "items after the failure were not all started: " + started.get());
    }
}
