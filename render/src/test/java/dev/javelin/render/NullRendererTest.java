package dev.javelin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.physics.WorldBounds;
import dev.javelin.engine.view.InputAction;
import dev.javelin.engine.view.InputQueue;
import dev.javelin.engine.view.RenderStatePublisher;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class NullRendererTest {

    @Test
    void runBlocksUntilStoppedAndKeysStillFeedTheQueue() throws Exception {
        NullRenderer r = new NullRenderer();
        r.bindings().bind(Keys.SPACE, "fire", KeyBindings.Trigger.ONCE);
        InputQueue q = new InputQueue();
        Thread loop = new Thread(() -> r.run(new RenderStatePublisher(1_000_000L, WorldBounds.NONE), q));
        loop.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!r.isRunning() && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(200_000L);
        }
        assertTrue(r.isRunning());
        r.pressKey(Keys.SPACE);
        assertEquals(List.of(new InputAction("fire", 0f, 0f)), q.drain());
        r.stop();
        loop.join(5_000);
        assertFalse(loop.isAlive());
        assertFalse(r.isRunning());
    }

    @Test
    void captureFailsBecauseThereAreNoPixels() {
        ExecutionException e = assertThrows(ExecutionException.class, () -> new NullRenderer().capture().get());
        assertTrue(e.getCause() instanceof UnsupportedOperationException);
    }

    @Test
    void keysBeforeRunAreRefused() {
        assertThrows(IllegalStateException.class, () -> new NullRenderer().pressKey(Keys.A));
    }
}
