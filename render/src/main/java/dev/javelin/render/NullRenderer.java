package dev.javelin.render;

import dev.javelin.engine.view.InputQueue;
import dev.javelin.engine.view.RenderState;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * A renderer that draws nothing and opens no window, for headless servers, bots and tests. {@link #run}
 * blocks until {@link #stop()} so that a program's main thread behaves as with {@link GlRenderer};
 * {@link #pressKey} and {@link #releaseKey} still go through the key bindings into the input queue, so a
 * bot can drive the same bindings a player would. {@link #capture()} fails: there are no pixels.
 *
 * <p>Threads: {@code run} on any one thread; the rest from any thread. Key presses are handled on the
 * calling thread, under a lock.
 */
public final class NullRenderer extends Renderer {

    private volatile CountDownLatch stopped = new CountDownLatch(1);
    private volatile InputQueue inputs;
    private volatile boolean running;

    /** A renderer that draws nothing. */
    public NullRenderer() {
        super(RenderOptions.defaults());
    }

    /** Blocks until {@link #stop()}; reads no state, draws nothing. */
    @Override
    public void run(Supplier<RenderState> states, InputQueue inputQueue) {
        if (states == null || inputQueue == null) {
            throw new IllegalArgumentException("render states and input queue must not be null");
        }
        synchronized (this) {
            if (running) {
                throw new IllegalStateException("this renderer is already running");
            }
            running = true;
            inputs = inputQueue;
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            synchronized (this) {
                bindings().releaseAll(inputQueue);
                running = false;
                stopped = new CountDownLatch(1);
            }
        }
    }

    @Override
    public void stop() {
        stopped.countDown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public CompletableFuture<Pixels> capture() {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("NullRenderer draws no pixels"));
    }

    @Override
    public synchronized void pressKey(int key) {
        InputQueue q = requireInputs();
        bindings().keyPressed(key, 0f, 0f, q);
    }

    @Override
    public synchronized void releaseKey(int key) {
        bindings().keyReleased(key, requireInputs());
    }

    private InputQueue requireInputs() {
        InputQueue q = inputs;
        if (q == null || !running) {
            throw new IllegalStateException("NullRenderer is not running: call run(states, inputs) first");
        }
        return q;
    }
}
