package dev.javelin.engine.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InPlaceSortTest {

    @Test
    void sortsLikeArraysSortOnRandomRunsAndAdversarialInputs() {
        SplittableRandom random = new SplittableRandom(11);
        for (int round = 0; round < 2_000; round++) {
            int n = random.nextInt(round < 1_000 ? 64 : 5_000);
            long[] longs = new long[n + 4];
            int[] ints = new int[n + 4];
            int shape = round % 5;
            for (int i = 0; i < longs.length; i++) {
                long v = switch (shape) {
                    case 0 -> random.nextLong();
                    case 1 -> i;                           // sorted
                    case 2 -> -i;                          // reversed
                    case 3 -> random.nextInt(4);           // many equal keys
                    default -> (i % 50) + (i / 50) * 7L;   // ascending runs
                };
                longs[i] = v;
                ints[i] = (int) v;
            }
            long[] expectedLongs = longs.clone();
            int[] expectedInts = ints.clone();
            Arrays.sort(expectedLongs, 2, n + 2);
            Arrays.sort(expectedInts, 2, n + 2);
            InPlaceSort.sort(longs, 2, n + 2);
            InPlaceSort.sort(ints, 2, n + 2);
            assertArrayEquals(expectedLongs, longs, "round " + round);
            assertArrayEquals(expectedInts, ints, "round " + round);
        }
    }
}
