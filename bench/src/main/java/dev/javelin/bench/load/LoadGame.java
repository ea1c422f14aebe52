package dev.javelin.bench.load;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.GameConfig;
import dev.javelin.engine.GameEngine;
import dev.javelin.engine.lagcomp.LagCompensation;
import dev.javelin.engine.lagcomp.LagSettings;
import dev.javelin.engine.lagcomp.CompensatedHit;
import dev.javelin.engine.world.GameWorld;
import dev.javelin.engine.world.Input;
import dev.javelin.engine.schema.ClassRegistry;
import dev.javelin.engine.schema.FloatRange;
import dev.javelin.engine.schema.NetPrecision;
import dev.javelin.engine.physics.PhysicsConfig;
import dev.javelin.engine.physics.SimplePhysicsEngine;
import dev.javelin.engine.physics.WorldBounds;
import java.util.Arrays;

/**
 * The load test's game: the harness arena's rules (each player's {@link Ship} is steered by "move" inputs,
 * velocity = (x, y) × {@link #SPEED}) in a square wrapping world (up to {@value #MAX_SIZE} units a side) with
 * {@code objects} drifting,
 * spinning {@link Rock}s that the server moves. Collisions are detected (spatial hash) but do nothing, so the
 * physics cost is paid without changing who sees what.
 */
final class LoadGame extends GameEngine {

    static final float MAX_SIZE = 8192f;
    static final float SPEED = 80f;

    /** A player's body. */
    public static final class Ship extends DynamicObject {
        public Ship() {
            super(0, 0, 8, 8);
        }
    }

    /** A server-driven drifter. */
    public static final class Rock extends DynamicObject {
        public Rock() {
            super(0, 0, 6, 6);
        }
    }

    static final ClassRegistry CLASSES = ClassRegistry.builder(NetPrecision.builder()
                    .position(FloatRange.of(0, MAX_SIZE, 16), FloatRange.of(0, MAX_SIZE, 16))
                    .velocity(FloatRange.of(-128, 128, 16))
                    .angleBits(10)
                    .build())
            .object(1, Ship.class)
            .object(2, Rock.class)
            .build();

    private final float size;
    /** Hitscan with lag compensation (null when off): one query every {@link #SHOT_EVERY_INPUTS}th input. */
    private final LagCompensation lag;
    private final CompensatedHit hit = new CompensatedHit();
    static final int SHOT_EVERY_INPUTS = 30;
    static final float SHOT_RANGE = 200f;
    private int inputsSeen;
    private long stepEndedAt;
    // Written and read on the simulation thread; the tool reads it between runs of the measured window.
    private volatile long lagNanos;
    private volatile long queries;

    // By player id: a map would box ids above 127 on every input.
    private Ship[] ships = new Ship[64];

    LoadGame(int rocks, long seed, float size) {
        this(config(seed, size), rocks, size, false);
    }

    /** With {@code lagComp}, ships are compensated and every 30th input fires a compensated hitscan ray. */
    LoadGame(int rocks, long seed, float size, boolean lagComp) {
        this(config(seed, size), rocks, size, lagComp);
    }

    private LoadGame(GameConfig config, int rocks, float size, boolean lagComp) {
        super(config, new SimplePhysicsEngine(config.physics()), CLASSES);
        if (lagComp) {
            // Timed around the history's own stepEnded listener: one before it, one after.
            events().stepEnded.subscribe((step, reenact) -> stepEndedAt = System.nanoTime());
            lag = LagCompensation.attach(this, LagSettings.DEFAULT, o -> o instanceof Ship);
            events().stepEnded.subscribe((step, reenact) -> lagNanos += System.nanoTime() - stepEndedAt);
        } else {
            lag = null;
        }
        if (!(size > 0 && size <= MAX_SIZE)) {
            throw new IllegalArgumentException("world size must be 0 to " + MAX_SIZE + ", was " + size);
        }
        this.size = size;
        events().playerJoined.subscribe(id -> {
            if (isAuthority()) {
                Ship s = new Ship();
                s.setOwnerId(id);
                s.position.set(random().nextFloat() * size, random().nextFloat() * size);
                GameWorld.assignId(s, world().allocateId());
                if (id >= ships.length) {
                    ships = Arrays.copyOf(ships, Math.max(id + 1, ships.length * 2));
                }
                ships[id] = addObject(s);
            }
        });
        events().playerDisconnected.subscribe(id -> {
            Ship s = ship(id);
            if (s != null) {
                ships[id] = null;
                removeObject(s.id());
            }
        });
        for (int i = 0; i < rocks; i++) {
            Rock r = new Rock();
            r.position.set(random().nextFloat() * size, random().nextFloat() * size);
            float angle = random().nextFloat() * 6.2831855f;
            float speed = 10 + random().nextFloat() * 40;
            r.velocity.set((float) Math.cos(angle) * speed, (float) Math.sin(angle) * speed);
            r.angularVelocity = random().nextFloat() - 0.5f;
            addObject(r);
        }
    }

    private static GameConfig config(long seed, float size) {
        return new GameConfig(60, seed, PhysicsConfig.builder().bounds(WorldBounds.wrap(size, size))
                // About twice an object's size (ships 8, rocks 6): each object lands in one to four cells.
                .cellSize(16).build());
    }

    WorldBounds bounds() {
        return config().physics().bounds();
    }

    @Override
    public void processInput(Input input, int playerId, boolean isServer) {
        if (!"move".equals(input.action())) {
            return;
        }
        Ship s = ship(playerId);
        if (s != null) {
            s.velocity.set(clamp(input.x()) * SPEED, clamp(input.y()) * SPEED);
            if (lag != null && ++inputsSeen % SHOT_EVERY_INPUTS == 0) {
                long t0 = System.nanoTime();
                lag.raycast(input, s.position.x, s.position.y, 1, 0.5f, SHOT_RANGE, s.id(), hit);
                lagNanos += System.nanoTime() - t0;
                queries++;
            }
        }
    }

    /** Time spent recording history and answering queries so far, in nanoseconds (0 without compensation). */
    long lagNanos() {
        return lagNanos;
    }

    /** Compensated queries answered so far. */
    long queries() {
        return queries;
    }

    private Ship ship(int playerId) {
        return playerId >= 0 && playerId < ships.length ? ships[playerId] : null;
    }

    private static float clamp(float v) {
        return Math.max(-1f, Math.min(1f, v));
    }
}
