package dev.javelin.sample.game;

import dev.javelin.engine.util.Angles;
import dev.javelin.engine.GameConfig;
import dev.javelin.engine.GameEngine;
import dev.javelin.engine.lagcomp.LagCompensation;
import dev.javelin.engine.lagcomp.LagSettings;
import dev.javelin.engine.lagcomp.CompensatedHit;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.Input;
import dev.javelin.engine.physics.PhysicsConfig;
import dev.javelin.engine.physics.SimplePhysicsEngine;
import dev.javelin.engine.physics.WorldBounds;
import java.util.List;

/**
 * The rules of the space arena. Ships thrust ({@code up}), turn ({@code left}/{@code right}), fire
 * ({@code fire}) and shoot a hitscan laser ({@code laser}, decided with lag compensation); missiles destroy asteroids (which split) and other ships; an asteroid destroys a
 * ship it touches. Only the authority (the server) decides hits, scores, deaths, respawns and rounds; a client
 * runs the same movement code to predict, and fires predicted missiles matched by input sequence.
 *
 * <p>Threads: the simulation thread, like every {@link GameEngine}.
 */
public class SpaceGame extends GameEngine {

    public static final float WORLD_WIDTH = 2000f;
    public static final float WORLD_HEIGHT = 1500f;
    public static final float SHIP_MAX_SPEED = 260f;
    static final float THRUST = 420f;
    static final float TURN_RATE = 4.2f;
    static final float MISSILE_SPEED = 520f;
    static final int MISSILE_LIFE_STEPS = 90;
    static final int FIRE_COOLDOWN_STEPS = 12;
    static final int RESPAWN_STEPS = 120;
    static final int ASTEROID_TARGET = 14;
    /**
     * World units of clear space a ship respawns in: from its centre to the nearest asteroid's edge. About
     * two seconds of the fastest asteroid's drift (a split piece reaches ~90 units a second), so a new ship
     * has time to move.
     */
    public static final float RESPAWN_CLEARANCE = 200f;
    private static final int RESPAWN_TRIES = 64;
    /** Steps the winner of a round is shown before the next round starts (5 s at 60 steps a second). */
    public static final int ROUND_BREAK_STEPS = 300;

    /** How far the laser reaches, in world units. */
    public static final float LASER_RANGE = 700f;

    /**
     * A laser shot as the shooter's client predicted it: the input's sequence, the beam (from, direction,
     * length to the hit or the range) and the id predicted hit (0: a miss). The server's verdict arrives on the
     * ship ({@link Ship#laserSeq}, {@link Ship#laserHitId}).
     */
    public record LaserShot(int sequence, float fromX, float fromY, float dirX, float dirY, float length,
                            int predictedHitId) {
        /** True when {@code ship} carries the server's verdict on this shot. */
        public boolean judgedOn(Ship ship) {
            return ship.laserSeq == sequence;
        }

        /** True when the server's verdict on {@code ship} is the hit (or miss) predicted. */
        public boolean confirmedBy(Ship ship) {
            return judgedOn(ship) && ship.laserHitId == predictedHitId;
        }
    }

    private final int roundPoints;
    private Round round;
    private final LagCompensation lag;
    private final CompensatedHit laserHit = new CompensatedHit();
    private volatile LaserShot lastPredictedLaser;

    /** An endless game: no rounds, scores only grow. */
    public SpaceGame(GameConfig config) {
        this(config, 0);
    }

    /**
     * A game of rounds won by the first ship to {@code roundPoints} points (1 to 999), or endless for 0.
     * Only the authority's value counts: it makes the {@link Round} that clients receive.
     */
    public SpaceGame(GameConfig config, int roundPoints) {
        super(config, new SimplePhysicsEngine(config.physics()), SpaceClasses.REGISTRY);
        if (roundPoints < 0 || roundPoints > 999) {
            throw new IllegalArgumentException("round points must be within 0..999 (0 for no rounds), was "
                    + roundPoints);
        }
        this.roundPoints = roundPoints;
        // Lasers are hitscan: the server judges them against the ships and asteroids as the shooter saw them.
        this.lag = LagCompensation.attach(this, LagSettings.DEFAULT, o -> o instanceof Ship || o instanceof Asteroid);
        events().collisionStart.subscribe(this::onCollision);
        events().postStep.subscribe((step, reenact) -> {
            if (isAuthority() && !reenact) {
                serverUpkeep(step);
            }
        });
        events().playerJoined.subscribe(this::spawnShip);
        events().playerDisconnected.subscribe(id -> {
            for (GameObject o : world().byOwner(id)) {
                removeObject(o.id());
            }
        });
    }

    /** The physics of the arena: a wrapping field, no gravity, no push-apart (hits are game rules). */
    public static GameConfig config(long seed) {
        return new GameConfig(GameConfig.DEFAULT_STEP_RATE, seed, PhysicsConfig.builder()
                .bounds(WorldBounds.wrap(WORLD_WIDTH, WORLD_HEIGHT)).cellSize(64f).build());
    }

    /** The live ship of {@code playerId}, or null. */
    public Ship shipOf(int playerId) {
        for (GameObject o : world().byOwner(playerId)) {
            if (o instanceof Ship s) {
                return s;
            }
        }
        return null;
    }

    /** The round in play, or null in an endless game (and on a client before the server's arrives). */
    public Round round() {
        if (round != null && world().get(round.id()) == round) {
            return round;
        }
        List<Round> rounds = world().byClass(Round.class);
        round = rounds.isEmpty() ? null : rounds.get(0);
        return round;
    }

    @Override
    public void processInput(Input input, int playerId, boolean isServer) {
        Ship ship = shipOf(playerId);
        Round r = round();
        // Between rounds the ships drift: the winner's moment.
        if (ship == null || !ship.alive || r != null && r.isOver()) {
            return;
        }
        float dt = config().dtSeconds();
        switch (input.action()) {
            case "up" -> {
                ship.velocity.add(Angles.cos(ship.angle) * THRUST * dt, Angles.sin(ship.angle) * THRUST * dt);
                ship.thrusting = true;
                ship.lastThrustStep = input.step();
            }
            case "left" -> ship.angle = Angles.normalize(ship.angle + TURN_RATE * dt);
            case "right" -> ship.angle = Angles.normalize(ship.angle - TURN_RATE * dt);
            case "fire" -> fire(ship, input, isServer);
            case "laser" -> laser(ship, input, isServer);
            default -> {
                // Unknown actions are ignored: the server validates inputs before they get here.
            }
        }
    }

    private void fire(Ship ship, Input input, boolean isServer) {
        int step = input.step();
        if (step - ship.lastFireStep < FIRE_COOLDOWN_STEPS) {
            return;
        }
        ship.lastFireStep = step;
        if (!isServer && isReenacting()) {
            // The predicted missile already exists; re-enacting the input must not fire it again.
            return;
        }
        Missile m = new Missile();
        float cos = Angles.cos(ship.angle);
        float sin = Angles.sin(ship.angle);
        m.position.set(ship.position.x + cos * Ship.SIZE * 0.7f, ship.position.y + sin * Ship.SIZE * 0.7f);
        m.velocity.set(ship.velocity.x + cos * MISSILE_SPEED, ship.velocity.y + sin * MISSILE_SPEED);
        m.angle = ship.angle;
        m.setOwnerId(ship.ownerId());
        m.setPredictionKey(input.sequence());
        m.expiresAtStep = step + MISSILE_LIFE_STEPS;
        addObject(m);
    }

    /**
     * The second weapon: a hitscan beam along the ship's heading, sharing the gun's cooldown. The server decides
     * the hit with lag compensation (as the shooter's client showed the world) and puts its verdict on the ship;
     * the shooter's client predicts it at once with the same query against what it shows.
     */
    private void laser(Ship ship, Input input, boolean isServer) {
        int step = input.step();
        if (step - ship.lastFireStep < FIRE_COOLDOWN_STEPS) {
            return;
        }
        ship.lastFireStep = step;
        if (!isServer && isReenacting()) {
            return;
        }
        float cos = Angles.cos(ship.angle);
        float sin = Angles.sin(ship.angle);
        boolean hit = lag.raycast(input, ship.position.x, ship.position.y, cos, sin, LASER_RANGE, ship.id(),
                laserHit);
        int hitId = hit ? laserHit.objectId : 0;
        if (!isServer) {
            lastPredictedLaser = new LaserShot(input.sequence(), ship.position.x, ship.position.y, cos, sin,
                    hit ? laserHit.distance : LASER_RANGE, hitId);
            return;
        }
        ship.laserSeq = input.sequence();
        ship.laserHitId = hitId;
        GameObject target = hit ? world().get(hitId) : null;
        if (target instanceof Asteroid rock) {
            split(rock);
            award(ship.ownerId());
        } else if (target instanceof Ship other && other.alive) {
            kill(other, ship.ownerId());
        }
    }

    /** The newest laser shot this client predicted, or null; any thread (the view reads it). */
    public LaserShot lastPredictedLaser() {
        return lastPredictedLaser;
    }

    private void spawnShip(int playerId) {
        if (!isAuthority() || shipOf(playerId) != null) {
            return;
        }
        Ship ship = new Ship();
        ship.setOwnerId(playerId);
        if (player(playerId) != null) {
            ship.setRoomId(player(playerId).roomId());
        }
        String name = playerName(playerId);
        ship.name = name == null ? "player " + playerId : name;
        placeSafely(ship);
        addObject(ship);
    }

    /**
     * Puts {@code ship} at a random place at least {@link #RESPAWN_CLEARANCE} from every asteroid (measured
     * across the wrapping edges), or, if {@link #RESPAWN_TRIES} random places all fail, at the one of them
     * farthest from any asteroid. Uses the game's seeded random, so a replay places it the same.
     */
    private void placeSafely(Ship ship) {
        float bestX = 0;
        float bestY = 0;
        float bestClearance = -Float.MAX_VALUE;
        for (int i = 0; i < RESPAWN_TRIES && bestClearance < RESPAWN_CLEARANCE; i++) {
            float x = random().nextFloat(0, WORLD_WIDTH);
            float y = random().nextFloat(0, WORLD_HEIGHT);
            float clearance = clearanceAt(x, y);
            if (clearance > bestClearance) {
                bestClearance = clearance;
                bestX = x;
                bestY = y;
            }
        }
        ship.position.set(bestX, bestY);
        ship.velocity.zero();
        ship.angle = random().nextFloat(-3.14f, 3.14f);
    }

    /** Distance from ({@code x}, {@code y}) to the nearest asteroid's edge across the wrap, in world units. */
    public float clearanceAt(float x, float y) {
        float nearest = Float.MAX_VALUE;
        for (Asteroid a : world().byClass(Asteroid.class)) {
            float dx = Math.abs(a.position.x - x) % WORLD_WIDTH;
            float dy = Math.abs(a.position.y - y) % WORLD_HEIGHT;
            dx = Math.min(dx, WORLD_WIDTH - dx);
            dy = Math.min(dy, WORLD_HEIGHT - dy);
            nearest = Math.min(nearest, (float) Math.sqrt(dx * dx + dy * dy) - a.width * 0.5f);
        }
        return nearest;
    }

    private void serverUpkeep(int step) {
        Round r = round();
        if (r == null && roundPoints > 0) {
            addObject(new Round(roundPoints));
        } else if (r != null && r.isOver() && step >= r.nextRoundAtStep) {
            startRound(r);
        }
        for (GameObject o : world().objects()) {
            if (o instanceof Missile m && step >= m.expiresAtStep) {
                removeObject(m.id());
            } else if (o instanceof Ship s) {
                // Inputs for a step are applied just before it, so a thrust in this step carries this step's number.
                s.thrusting = s.alive && s.lastThrustStep == step;
                if (!s.alive && step >= s.respawnAtStep) {
                    placeSafely(s);
                    s.alive = true;
                }
            }
        }
        if (step % 30 == 1 && world().byClass(Asteroid.class).size() < ASTEROID_TARGET) {
            Asteroid a = new Asteroid(3);
            // Asteroids drift in from the edges, never on top of a ship: near one, this one waits for the next try.
            a.position.set(random().nextBoolean() ? 0 : random().nextFloat(0, WORLD_WIDTH), 0);
            if (shipWithin(a.position.x, a.position.y, RESPAWN_CLEARANCE)) {
                return;
            }
            a.velocity.set(random().nextFloat(-60, 60), random().nextFloat(-60, 60));
            a.angularVelocity = random().nextFloat(-1, 1);
            addObject(a);
        }
    }

    private boolean shipWithin(float x, float y, float distance) {
        for (Ship s : world().byClass(Ship.class)) {
            float dx = Math.abs(s.position.x - x) % WORLD_WIDTH;
            float dy = Math.abs(s.position.y - y) % WORLD_HEIGHT;
            dx = Math.min(dx, WORLD_WIDTH - dx);
            dy = Math.min(dy, WORLD_HEIGHT - dy);
            if (s.alive && dx * dx + dy * dy < distance * distance) {
                return true;
            }
        }
        return false;
    }

    private void onCollision(GameObject a, GameObject b) {
        if (!isAuthority() || isReenacting()) {
            return;
        }
        if (a instanceof Missile m) {
            missileHits(m, b);
        } else if (b instanceof Missile m) {
            missileHits(m, a);
        } else if (a instanceof Ship s && b instanceof Asteroid) {
            kill(s, 0);
        } else if (b instanceof Ship s && a instanceof Asteroid) {
            kill(s, 0);
        }
    }

    private void missileHits(Missile m, GameObject target) {
        if (!world().contains(m.id()) || target.ownerId() == m.ownerId() && target instanceof Ship) {
            return;
        }
        if (target instanceof Asteroid rock && world().contains(rock.id())) {
            removeObject(m.id());
            split(rock);
            award(m.ownerId());
        } else if (target instanceof Ship ship && ship.alive) {
            removeObject(m.id());
            kill(ship, m.ownerId());
        }
    }

    private void split(Asteroid rock) {
        removeObject(rock.id());
        if (rock.level <= 1) {
            return;
        }
        for (int side = -1; side <= 1; side += 2) {
            Asteroid piece = new Asteroid(rock.level - 1);
            piece.position.set(rock.position);
            piece.velocity.set(rock.velocity.x * 1.2f - rock.velocity.y * 0.8f * side,
                    rock.velocity.y * 1.2f + rock.velocity.x * 0.8f * side);
            piece.angularVelocity = rock.angularVelocity * -1.5f;
            addObject(piece);
        }
    }

    private void kill(Ship ship, int killerId) {
        if (!ship.alive) {
            return;
        }
        ship.alive = false;
        ship.deaths++;
        ship.velocity.zero();
        ship.respawnAtStep = world().stepCount() + RESPAWN_STEPS;
        if (killerId != 0) {
            award(killerId);
        }
    }

    private void award(int playerId) {
        Ship s = shipOf(playerId);
        Round r = round();
        if (s == null || r != null && r.isOver()) {
            return;
        }
        s.score++;
        if (r != null && s.score >= r.target) {
            r.winner = s.name;
            r.nextRoundAtStep = world().stepCount() + ROUND_BREAK_STEPS;
        }
    }

    private void startRound(Round r) {
        for (Ship s : world().byClass(Ship.class)) {
            s.score = 0;
            s.deaths = 0;
            if (!s.alive) {
                placeSafely(s);
                s.alive = true;
            }
        }
        r.number++;
        r.winner = "";
        r.nextRoundAtStep = 0;
    }
}
