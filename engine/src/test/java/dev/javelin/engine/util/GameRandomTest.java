package dev.javelin.engine.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GameRandomTest {

    @Test
    void sameSeedSameSequenceAndStateRestores() {
        GameRandom a = new GameRandom(42);
        GameRandom b = new GameRandom(42);
        for (int i = 0; i < 100; i++) {
            assertEquals(a.nextLong(), b.nextLong());
        }
        long saved = a.state();
        long next = a.nextLong();
        a.setState(saved);
        assertEquals(next, a.nextLong());
        assertNotEquals(new GameRandom(1).nextLong(), new GameRandom(2).nextLong());
    }

    @Test
    void boundedValuesStayInRange() {
        GameRandom r = new GameRandom(7);
        int[] counts = new int[10];
        for (int i = 0; i < 100_000; i++) {
            int v = r.nextInt(10);
            counts[v]++;
            float f = r.nextFloat(-2f, 3f);
            assertTrue(f >= -2f && f < 3f, "float out of range: " + f);
        }
        for (int c : counts) {
            assertTrue(c > 9_000 && c < 11_000, "skewed distribution: " + c);
        }
    }
}
