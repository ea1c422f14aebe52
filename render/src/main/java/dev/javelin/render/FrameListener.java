package dev.javelin.render;

/** Told about every frame a renderer completes; benchmarks and tools use it. */
@FunctionalInterface
public interface FrameListener {

    /**
     * Called on the render thread after frame {@code frame} (from 1) was presented.
     *
     * @param frame          frame number
     * @param frameEndNanos  clock time when the frame was done
     * @param frameNanos     the frame interval: time since the previous frame was done (0 for the first)
     */
    void frameDone(long frame, long frameEndNanos, long frameNanos);
}
