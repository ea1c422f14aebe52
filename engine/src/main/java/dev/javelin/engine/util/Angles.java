package dev.javelin.engine.util;

/** Angle arithmetic in radians that stays deterministic across machines (StrictMath only). */
public final class Angles {

    public static final float TWO_PI = (float) (2 * Math.PI);
    private static final float PI = (float) Math.PI;

    private Angles() {
    }

    /** {@code a} wrapped into [-PI, PI). */
    public static float normalize(float a) {
        float r = a % TWO_PI;
        if (r >= PI) {
            r -= TWO_PI;
        } else if (r < -PI) {
            r += TWO_PI;
        }
        return r;
    }

    /** The signed shortest turn from {@code from} to {@code to}, in [-PI, PI). */
    public static float delta(float from, float to) {
        return normalize(to - from);
    }

    /** The angle a fraction {@code t} of the shortest way from {@code from} to {@code to}. */
    public static float lerp(float from, float to, float t) {
        return normalize(from + delta(from, to) * t);
    }

    /** Deterministic cosine for game logic (thrust directions and the like). */
    public static float cos(float a) {
        return (float) StrictMath.cos(a);
    }

    /** Deterministic sine for game logic. */
    public static float sin(float a) {
        return (float) StrictMath.sin(a);
    }
}
