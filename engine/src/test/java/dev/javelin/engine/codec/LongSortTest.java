package dev.javelin.engine.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongSortTest {

    @Test
    void sortsLikeTheJdkOnRandomSortedReversedAndRepetitiveInput() {
        Random rnd = new Random(12);
        for (int trial = 0; trial < 500; trial++) {
            int n = rnd.nextInt(3000);
            long[] a = new long[n + 10];
            for (int i = 0; i < a.length; i++) {
                a[i] = switch (trial % 4) {
                    case 0 -> rnd.nextLong();
                    case 1 -> i;
                    case 2 -> -i;
                    default -> rnd.nextInt(5);
                };
            }
            long[] b = a.clone();
            LongSort.sort(a, 5, 5 + n);
            Arrays.sort(b, 5, 5 + n);
            assertArrayEquals(b, a);
        }
    }
}
