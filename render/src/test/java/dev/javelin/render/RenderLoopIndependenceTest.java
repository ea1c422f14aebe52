package dev.javelin.render;

import static dev.javelin.render.RenderHarness.drive;
import static dev.javelin.render.RenderHarness.offscreen;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.GameWorld;
import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.loop.StepLoop;
import dev.javelin.engine.physics.WorldBounds;
import dev.javelin.engine.view.InputQueue;
import dev.javelin.engine.view.RenderStatePublisher;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The simulation and the render loop never wait for each other: each keeps going while the other is stuck. */
class RenderLoopIndependenceTest {

    private static final long PERIOD = TimeUnit.MILLISECONDS.toNanos(2);

    /** Waits for {@code condition} up to {@code seconds}; returns whether it came true. */
    private static boolean await(BooleanSupplier condition, long seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(200_000L);
        }
        return true;
    }

    @Test
    void aFrameStuckInADrawCallbackDoesNotHoldUpTheSimulation() throws Exception {
        GameWorld world = new GameWorld();
        DynamicObject o = (DynamicObject) world.add(new DynamicObject(0f, 0f, 1f, 1f));
        RenderStatePublisher states = new RenderStatePublisher(PERIOD, WorldBounds.NONE);
        StepLoop loop = new StepLoop(Clock.system(), PERIOD, 5, due -> {
            o.position.x += 0.01f;
            states.publish(world.objects(), (int) states.publishedCount() + 1, due);
        });
        AtomicBoolean stuck = new AtomicBoolean();
        AtomicBoolean simulationWentOn = new AtomicBoolean();
        GlRenderer r = new GlRenderer(offscreen(64, 64).build());
        r.onDraw(DynamicObject.class, (g, shown) -> {
            if (stuck.compareAndSet(false, true)) {
                long before = states.publishedCount();
                simulationWentOn.set(await(() -> states.publishedCount() >= before + 50, 10));
            }
        });
        loop.start("simulation");
        try {
            drive(r, states, new InputQueue(), renderer -> {
                assertTrue(await(stuck::get, 10), "a frame was drawn");
                RenderHarness.capture(renderer);
            });
        } finally {
            loop.stop();
        }
        assertTrue(simulationWentOn.get(), "50 steps were published while one frame was stuck");
    }

    @Test
    void aStepStuckInTheSimulationDoesNotHoldUpFrames() throws Exception {
        AtomicLong frames = new AtomicLong();
        AtomicBoolean framesWentOn = new AtomicBoolean();
        AtomicBoolean stuckOnce = new AtomicBoolean();
        GameWorld world = new GameWorld();
        world.add(new DynamicObject(0f, 0f, 1f, 1f));
        RenderStatePublisher states = new RenderStatePublisher(PERIOD, WorldBounds.NONE);
        StepLoop loop = new StepLoop(Clock.system(), PERIOD, 5, due -> {
            if (states.publishedCount() == 3 && stuckOnce.compareAndSet(false, true)) {
                long before = frames.get();
                framesWentOn.set(await(() -> frames.get() >= before + 30, 10));
            }
            states.publish(world.objects(), (int) states.publishedCount() + 1, due);
        });
        GlRenderer r = new GlRenderer(offscreen(64, 64).build());
        r.addFrameListener((frame, end, nanos) -> frames.set(frame));
        loop.start("simulation");
        try {
            drive(r, states, new InputQueue(), renderer -> {
                assertTrue(await(() -> stuckOnce.get() && states.publishedCount() > 3, 15), "the stuck step ended");
            });
        } finally {
            loop.stop();
        }
        assertTrue(framesWentOn.get(), "30 frames were drawn while one step was stuck");
    }
}
