package io.slakit.core.interval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeSetTest {

    private static TimeSet set(long... bounds) {
        long[] s = new long[bounds.length / 2];
        long[] e = new long[bounds.length / 2];
        for (int i = 0; i < s.length; i++) {
            s[i] = bounds[2 * i];
            e[i] = bounds[2 * i + 1];
        }
        return TimeSet.union(s, e, s.length);
    }

    @Test
    void overlappingAndTouchingSpansMerge() {
        assertEquals(set(0, 30), set(10, 20, 0, 15, 20, 30));
        assertEquals(2, set(0, 10, 11, 20).size());
    }

    @Test
    void differenceIsASetDifferenceNotADifferenceOfLengths() {
        // [0, 100) minus [20, 30) and [90, 200): [0, 20) and [30, 90).
        assertEquals(set(0, 20, 30, 90), set(0, 100).minus(set(20, 30, 90, 200)));
        assertEquals(set(0, 100), set(0, 100).minus(set(100, 200)));
        assertEquals(TimeSet.empty(), set(10, 20).minus(set(0, 50)));
    }

    @Test
    void intersectionKeepsOnlyCommonTime() {
        assertEquals(set(5, 10, 20, 25), set(0, 10, 20, 30).intersect(set(5, 25)));
        assertEquals(set(10, 20), set(0, 100).clip(10, 20));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 20240401})
    void setOperationsAgreeWithAMinuteBitmap(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 200; round++) {
            TimeSet a = randomSet(random);
            TimeSet b = randomSet(random);
            boolean[] inA = bitmap(a);
            boolean[] inB = bitmap(b);
            long union = 0;
            long minus = 0;
            long both = 0;
            for (int t = 0; t < inA.length; t++) {
                union += (inA[t] || inB[t]) ? 1 : 0;
                minus += (inA[t] && !inB[t]) ? 1 : 0;
                both += (inA[t] && inB[t]) ? 1 : 0;
            }
            assertEquals(union, a.union(b).measureNanos());
            assertEquals(minus, a.minus(b).measureNanos());
            assertEquals(both, a.intersect(b).measureNanos());
            assertDisjointAndSorted(a.minus(b));
            assertDisjointAndSorted(a.union(b));
        }
    }

    private static TimeSet randomSet(Random random) {
        int n = random.nextInt(12);
        long[] s = new long[n];
        long[] e = new long[n];
        for (int i = 0; i < n; i++) {
            s[i] = random.nextInt(190);
            e[i] = s[i] + 1 + random.nextInt(20);
        }
        return TimeSet.union(s, e, n);
    }

    private static boolean[] bitmap(TimeSet set) {
        boolean[] bits = new boolean[220];
        for (int i = 0; i < set.size(); i++) {
            for (long t = set.start(i); t < set.end(i); t++) {
                bits[(int) t] = true;
            }
        }
        return bits;
    }

    private static void assertDisjointAndSorted(TimeSet set) {
        for (int i = 0; i + 1 < set.size(); i++) {
            assertTrue(set.end(i) < set.start(i + 1), "spans must neither overlap nor touch: " + set);
        }
    }
}
