package dev.javelin.engine.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AnglesTest {

    private static final float PI = (float) Math.PI;

    @Test
    void lerpTakesTheShortWayRoundTheWrap() {
        float from = PI - 0.1f;
        float to = -PI + 0.1f;
        float mid = Angles.lerp(from, to, 0.5f);
        assertEquals(PI, Math.abs(mid), 1e-5f);
        assertEquals(0.2f, Angles.delta(from, to), 1e-5f);
    }

    @Test
    void normalizeMapsIntoHalfOpenRange() {
        assertEquals(-PI, Angles.normalize(PI), 1e-6f);
        assertEquals(0.5f, Angles.normalize(0.5f + 4 * PI), 1e-5f);
        assertEquals(-0.5f, Angles.normalize(-0.5f - 6 * PI), 1e-5f);
    }
}
