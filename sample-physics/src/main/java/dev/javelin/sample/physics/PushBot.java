package dev.javelin.sample.physics;

/**
 * A headless player: runs right into the stacks and back, hopping now and then. Deterministic in the step
 * number and its seed, so a run can be repeated.
 *
 * <p>Threads: the client's simulation thread.
 */
public final class PushBot {

    private final int offset;

    public PushBot(int seed) {
        this.offset = Math.floorMod(seed * 97, 480);
    }

    /** The move input ({x, y}) for {@code step}, or null if the bot keeps its last one. */
    public float[] decide(int step) {
        int t = step + offset;
        if (t % 6 != 0) {
            return null;
        }
        int phase = (t / 240) % 3;
        float x = phase == 0 ? 1f : phase == 1 ? -1f : 0.4f;
        float y = t % 150 == 0 ? 1f : 0f;
        return new float[] {x, y};
    }
}
