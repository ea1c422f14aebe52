package dev.javelin.engine.util;

/**
 * The engine's one seeded random source for game logic (SplitMix64). Its whole state is one long,
 * so it can be saved and restored, and the same seed gives the same sequence on every machine.
 *
 * <p>Threads: the simulation thread only.
 */
public final class GameRandom {

    private long state;

    public GameRandom(long seed) {
        this.state = seed;
    }

    /** The internal state, for saving. */
    public long state() {
        return state;
    }

    /** Restores a state returned by {@link #state()}. */
    public void setState(long state) {
        this.state = state;
    }

    public long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public int nextInt() {
        return (int) (nextLong() >>> 32);
    }

    /** Uniform in [0, bound). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, was " + bound);
        }
        return (int) (((nextLong() >>> 33) * bound) >>> 31);
    }

    /** Uniform in [0, 1). */
    public float nextFloat() {
        return (nextLong() >>> 40) * 0x1.0p-24f;
    }

    /** Uniform in [min, max). */
    public float nextFloat(float min, float max) {
        return min + (max - min) * nextFloat();
    }

    public boolean nextBoolean() {
        return nextLong() < 0;
    }
}
