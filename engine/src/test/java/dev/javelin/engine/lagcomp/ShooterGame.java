package dev.javelin.engine.lagcomp;

import dev.javelin.engine.GameConfig;
import dev.javelin.engine.GameEngine;
import dev.javelin.engine.schema.ClassRegistry;
import dev.javelin.engine.schema.FloatRange;
import dev.javelin.engine.schema.NetPrecision;
import dev.javelin.engine.physics.PhysicsConfig;
import dev.javelin.engine.physics.SimplePhysicsEngine;
import dev.javelin.engine.physics.WorldBounds;
import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.Input;
import dev.javelin.engine.world.PlayerInfo;
import java.util.HashMap;
import java.util.Map;

/**
 * A shooting range: a {@link Target} sweeps left and right along y = {@link #TARGET_Y} (its velocity a function of
 * the step, so every engine moves it alike), and each player gets a fixed {@link Gun} at ({@link #GUN_X},
 * {@link #GUN_Y}). A "fire" input (x, y = aim direction) is a hitscan shot: the server decides it with lag
 * compensation and, for contrast, without; both verdicts are kept by input sequence.
 */
public class ShooterGame extends GameEngine {

    public static final float SIZE = 100f;
    public static final float TARGET_Y = 60f;
    public static final float GUN_X = 50f;
    public static final float GUN_Y = 20f;
    public static final float TARGET_SPEED = 25f;
    public static final int SWEEP_STEPS = 150;
    public static final float RANGE = 100f;

    /** What players shoot at. */
    public static class Target extends DynamicObject {
        public Target() {
            super(0, 0, 4, 4);
        }
    }

    /** A player's gun; not compensated (nobody shoots at it). */
    public static class Gun extends DynamicObject {
        public Gun() {
            super(0, 0, 1, 1);
        }
    }

    static final NetPrecision PRECISION = NetPrecision.builder()
            .position(FloatRange.of(0, SIZE, 256), FloatRange.of(0, SIZE, 256))
            .velocity(FloatRange.of(-64, 64, 64)).angleBits(12).build();

    public static final ClassRegistry CLASSES = ClassRegistry.builder(PRECISION)
            .object(1, Target.class)
            .object(2, Gun.class)
            .build();

    public static GameConfig rangeConfig() {
        return new GameConfig(60, 7, PhysicsConfig.builder().bounds(WorldBounds.clamp(SIZE, SIZE)).build());
    }

    /** Server verdicts by input sequence (one shooter per test). */
    public final Map<Integer, Boolean> hitWith = new HashMap<>();
    public final Map<Integer, Boolean> hitWithout = new HashMap<>();
    /** Steps rewound per shot, summed, for the report. */
    public double rewoundSteps;
    public final LagCompensation lag;
    private final CompensatedHit hit = new CompensatedHit();

    public ShooterGame(LagSettings settings) {
        super(rangeConfig(), new SimplePhysicsEngine(rangeConfig().physics()), CLASSES);
        lag = LagCompensation.attach(this, settings, o -> o instanceof Target);
        events().preStep.subscribe((step, reenact) -> {
            for (Target t : world().byClass(Target.class)) {
                t.velocity.x = (step / SWEEP_STEPS) % 2 == 0 ? TARGET_SPEED : -TARGET_SPEED;
            }
        });
    }

    @Override
    protected void onServerStart() {
        Target t = new Target();
        t.position.set(SIZE / 2 - TARGET_SPEED * SWEEP_STEPS / 60f / 2, TARGET_Y);
        addObject(t);
    }

    @Override
    protected void onPlayerJoined(PlayerInfo player) {
        if (isAuthority()) {
            Gun g = new Gun();
            g.position.set(GUN_X, GUN_Y);
            g.isStatic = true;
            g.setOwnerId(player.id());
            addObject(g);
        }
    }

    /** The verdict of a shot along (dx, dy) from the gun, as {@code input}'s sender saw the world. */
    public boolean shotHits(Input input) {
        return lag.raycast(input, GUN_X, GUN_Y, input.x(), input.y(), RANGE, 0, hit);
    }

    @Override
    public void processInput(Input input, int playerId, boolean isServer) {
        if (!isServer || !input.action().equals("fire")) {
            return;
        }
        hitWith.put(input.sequence(), shotHits(input));
        hitWithout.put(input.sequence(), lag.raycastAt(lag.newestStep(), GUN_X, GUN_Y, input.x(), input.y(), RANGE,
                0, hit));
        rewoundSteps += lag.newestStep() - lag.viewStep(input);
    }
}
