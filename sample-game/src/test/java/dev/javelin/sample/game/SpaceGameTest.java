package dev.javelin.sample.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.world.GameWorld;
import dev.javelin.engine.world.Input;
import org.junit.jupiter.api.Test;

class SpaceGameTest {

    private final SpaceGame game = new SpaceGame(SpaceGame.config(5));

    @Test
    void twoBotsPlayingThirtySecondsDestroyAsteroidsAndScore() {
        game.notifyPlayerJoined(1, "ann");
        game.notifyPlayerJoined(2, "bob");
        BotBrain[] brains = {new BotBrain(1), new BotBrain(2)};
        int[] destroyedAsteroids = {0};
        game.events().objectDestroyed.subscribe(o -> {
            if (o instanceof Asteroid) {
                destroyedAsteroids[0]++;
            }
        });
        int seq = 0;
        for (int step = 1; step <= 30 * 60; step++) {
            for (int p = 1; p <= 2; p++) {
                for (String action : brains[p - 1].decide(game.shipOf(p), game.world().objects(),
                        game.config().physics().bounds())) {
                    game.processInput(Input.of(action, step, ++seq), p, true);
                }
            }
            game.step(false);
        }
        Ship ann = game.shipOf(1);
        Ship bob = game.shipOf(2);
        assertEquals("ann", ann.name);
        assertTrue(destroyedAsteroids[0] > 5, "asteroids destroyed: " + destroyedAsteroids[0]);
        assertTrue(ann.score + bob.score > 5, "scores " + ann.score + " and " + bob.score);
        assertFalse(game.world().byClass(Asteroid.class).isEmpty(), "asteroids are replenished");
    }

    @Test
    void aShipThatTouchesAnAsteroidDiesAndRespawns() {
        game.notifyPlayerJoined(1, "ann");
        Ship ship = game.shipOf(1);
        Asteroid rock = game.addObject(new Asteroid(3));
        rock.position.set(ship.position);
        game.step(false);
        assertFalse(ship.alive);
        assertEquals(1, ship.deaths);
        for (int i = 0; i < SpaceGame.RESPAWN_STEPS; i++) {
            game.step(false);
        }
        assertTrue(ship.alive);
    }

    @Test
    void aShipNeverRespawnsOnARock() {
        game.notifyPlayerJoined(1, "ann");
        Ship ship = game.shipOf(1);
        // Thirty still rocks over the left 800 units of the field; clear space is left only from x 1027 to 1773.
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 30; i++) {
            Asteroid rock = game.addObject(new Asteroid(3));
            rock.position.set(random.nextFloat() * 800, random.nextFloat() * SpaceGame.WORLD_HEIGHT);
        }
        for (int death = 1; death <= 30; death++) {
            Asteroid killer = game.addObject(new Asteroid(1));
            killer.position.set(ship.position);
            game.step(false);
            assertFalse(ship.alive, "death " + death);
            game.removeObject(killer.id());
            for (int i = 0; i < SpaceGame.RESPAWN_STEPS && !ship.alive; i++) {
                game.step(false);
            }
            assertTrue(ship.alive, "respawned after death " + death);
            float clearance = game.clearanceAt(ship.position.x, ship.position.y);
            assertTrue(clearance >= SpaceGame.RESPAWN_CLEARANCE,
                    "respawn " + death + " at " + ship.position + " is " + clearance + " from the nearest rock");
        }
        assertEquals(30, ship.deaths);
    }

    @Test
    void theFirstToTheTargetWinsTheRoundAndTheNextStartsAfterTheBreak() {
        SpaceGame rounds = new SpaceGame(SpaceGame.config(5), 2);
        rounds.notifyPlayerJoined(1, "ann");
        rounds.notifyPlayerJoined(2, "bob");
        rounds.step(false);
        Round round = rounds.round();
        assertNotNull(round, "the server makes the round");
        assertEquals(1, round.number);
        Ship ann = rounds.shipOf(1);
        Ship bob = rounds.shipOf(2);
        for (int shot = 0; shot < 2; shot++) {
            shootARock(rounds, ann);
        }
        assertEquals(2, ann.score);
        assertTrue(round.isOver());
        assertEquals("ann", round.winner);
        int next = round.nextRoundAtStep;
        int now = rounds.world().stepCount();
        assertTrue(next > now && next <= now + SpaceGame.ROUND_BREAK_STEPS, "next round at " + next + ", now " + now);

        shootARock(rounds, bob);
        assertEquals(0, bob.score, "no shooting between rounds");
        while (rounds.world().stepCount() < next) {
            rounds.step(false);
        }
        assertFalse(round.isOver());
        assertEquals(2, round.number);
        assertEquals("", round.winner);
        assertEquals(0, ann.score, "scores reset for the new round");
        shootARock(rounds, bob);
        assertEquals(1, bob.score);
    }

    /** Puts a small rock in front of {@code ship}, fires at it and steps until the missile is gone. */
    private static void shootARock(SpaceGame game, Ship ship) {
        ship.angle = 0;
        ship.velocity.zero();
        Asteroid rock = game.addObject(new Asteroid(1));
        rock.position.set(ship.position.x + 80, ship.position.y);
        rock.velocity.zero();
        int step = game.world().stepCount() + 1;
        game.processInput(Input.of("fire", step, step), ship.ownerId(), true);
        for (int i = 0; i < 30; i++) {
            game.step(false);
        }
        if (game.world().contains(rock.id())) {
            game.removeObject(rock.id());
        }
    }

    @Test
    void theThrustFlagSaysWhetherTheEngineFiredInTheLastStep() {
        game.notifyPlayerJoined(1, "ann");
        Ship ship = game.shipOf(1);
        int next = game.world().stepCount() + 1;
        game.processInput(Input.of("up", next, 1), 1, true);
        game.step(false);
        assertTrue(ship.thrusting);
        game.step(false);
        assertFalse(ship.thrusting, "no thrust in the step just run");
    }

    @Test
    void aMissileSplitsAnAsteroidAndScoresForItsOwner() {
        game.notifyPlayerJoined(1, "ann");
        Ship ship = game.shipOf(1);
        ship.position.set(100, 100);
        ship.angle = 0;
        Asteroid rock = game.addObject(new Asteroid(3));
        rock.position.set(200, 100);
        game.processInput(Input.of("fire", 1, 1), 1, true);
        for (int i = 0; i < 20; i++) {
            game.step(false);
        }
        assertFalse(game.world().contains(rock.id()));
        assertEquals(2, game.world().byClass(Asteroid.class).stream().filter(a -> a.level == 2).count());
        assertEquals(1, ship.score);
    }

    @Test
    void aClientPredictsItsMissileOnceEvenWhenTheInputIsReenacted() {
        SpaceGame client = new SpaceGame(SpaceGame.config(5));
        client.setAuthority(false);
        client.world().setClientMode(true);
        Ship ship = new Ship();
        ship.setOwnerId(3);
        GameWorld.assignId(ship, 1);
        client.world().add(ship);
        Input fire = Input.of("fire", 10, 7);
        client.processInput(fire, 3, false);
        Missile m = client.world().byClass(Missile.class).get(0);
        assertNotNull(m);
        assertTrue(GameWorld.isClientId(m.id()));
        assertEquals(7, m.predictionKey());
        ship.lastFireStep = -1000;
        client.beginReplay();
        client.processInput(fire, 3, false);
        client.endReplay();
        assertEquals(1, client.world().byClass(Missile.class).size());
        assertEquals(10, ship.lastFireStep, "the cooldown is still re-enacted");
    }
}
