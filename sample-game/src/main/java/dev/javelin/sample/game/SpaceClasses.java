package dev.javelin.sample.game;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.codec.ClassRegistry;
import dev.javelin.engine.codec.FloatRange;
import dev.javelin.engine.codec.Schema;
import dev.javelin.engine.codec.Schemas;

/**
 * What of the arena travels on the network, and how precisely: positions to 1/16 unit over the world,
 * velocities to 1/16 unit per second, angles in 10 bits. Ships add their name, score, deaths, alive flag,
 * last shot, respawn step and whether they are thrusting; missiles their expiry; asteroids their level; the round its number, target, winner and
 * when the next one starts. The server and every client use this
 * same registry.
 */
public final class SpaceClasses {

    private static final Schema<DynamicObject> BASE = Schemas.dynamicObject(
            FloatRange.of(0, SpaceGame.WORLD_WIDTH, 16), FloatRange.of(0, SpaceGame.WORLD_HEIGHT, 16),
            FloatRange.of(-1024, 1024, 16), 10, FloatRange.of(-8, 8, 64));

    public static final Schema<Ship> SHIP = BASE.extend(Ship.class)
            .string("name", 16, s -> s.name, (s, v) -> s.name = v)
            .uint("score", 16, s -> s.score, (s, v) -> s.score = v)
            .uint("deaths", 16, s -> s.deaths, (s, v) -> s.deaths = v)
            .bool("alive", s -> s.alive, (s, v) -> s.alive = v)
            .sint("lastFireStep", 32, s -> s.lastFireStep, (s, v) -> s.lastFireStep = v)
            .sint("respawnAtStep", 32, s -> s.respawnAtStep, (s, v) -> s.respawnAtStep = v)
            .bool("thrusting", s -> s.thrusting, (s, v) -> s.thrusting = v)
            .varUint("laserSeq", s -> s.laserSeq, (s, v) -> s.laserSeq = v)
            .varUint("laserHitId", s -> s.laserHitId, (s, v) -> s.laserHitId = v)
            .build();

    public static final Schema<Missile> MISSILE = BASE.extend(Missile.class)
            .sint("expiresAtStep", 32, m -> m.expiresAtStep, (m, v) -> m.expiresAtStep = v)
            .build();

    public static final Schema<Asteroid> ASTEROID = BASE.extend(Asteroid.class)
            .uint("level", 2, a -> a.level, (a, v) -> a.level = v)
            .build();

    public static final Schema<Round> ROUND = Schemas.gameObject().extend(Round.class)
            .uint("number", 16, r -> r.number, (r, v) -> r.number = v)
            .uint("target", 10, r -> r.target, (r, v) -> r.target = v)
            .string("winner", 16, r -> r.winner, (r, v) -> r.winner = v)
            .sint("nextRoundAtStep", 32, r -> r.nextRoundAtStep, (r, v) -> r.nextRoundAtStep = v)
            .build();

    /** The registry of the arena's networked classes, with stable ids. */
    public static final ClassRegistry REGISTRY = ClassRegistry.builder()
            .object(1, Ship.class, SHIP)
            .object(2, Missile.class, MISSILE)
            .object(3, Asteroid.class, ASTEROID)
            .object(4, Round.class, ROUND)
            .build();

    private SpaceClasses() {
    }
}
