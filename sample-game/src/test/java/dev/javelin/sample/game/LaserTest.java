package dev.javelin.sample.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.GameEngine;
import dev.javelin.engine.world.Input;
import org.junit.jupiter.api.Test;

/** The laser: decided by the server as the shooter saw the world, predicted by the shooter's client. */
class LaserTest {

    /** A game with one ship at (500, 500) facing +x and one asteroid moving up across its line of fire at x = 800. */
    private static SpaceGame range(boolean authority, Asteroid[] rock) {
        SpaceGame g = GameEngine.constructAs(authority, () -> new SpaceGame(SpaceGame.config(3)));
        g.setAuthority(authority);
        Ship ship = new Ship();
        ship.setOwnerId(1);
        ship.position.set(500, 500);
        ship.angle = 0;
        g.addObject(ship);
        rock[0] = new Asteroid(3);
        rock[0].position.set(800, 400);
        rock[0].velocity.set(0, 600);
        g.addObject(rock[0]);
        return g;
    }

    @Test
    void theServerHitsWhatTheShooterSawTenStepsAgo() {
        Asteroid[] rock = new Asteroid[1];
        SpaceGame server = range(true, rock);
        for (int i = 0; i < 20; i++) {
            server.step(false);
        }
        // 10 units a step from y = 400: on the beam at step 10, 100 units past it at step 20.
        assertTrue(rock[0].position.y - 500 > rock[0].height, "the asteroid has moved off the line");
        int step = server.world().stepCount() + 1;
        server.processInput(new Input("laser", 0, 0, step, 7, Input.quantizeViewLag(step - 10)), 1, true);
        Ship ship = server.shipOf(1);
        assertEquals(7, ship.laserSeq);
        assertEquals(rock[0].id(), ship.laserHitId, "hit as seen 10 steps ago (167 ms, within the 200 ms bound)");
        assertFalse(server.world().contains(rock[0].id()), "the asteroid split");
    }

    @Test
    void withoutAViewLagTheServerJudgesTheLiveWorld() {
        Asteroid[] rock = new Asteroid[1];
        SpaceGame server = range(true, rock);
        for (int i = 0; i < 20; i++) {
            server.step(false);
        }
        int step = server.world().stepCount() + 1;
        server.processInput(new Input("laser", 0, 0, step, 8), 1, true);
        assertTrue(server.world().contains(rock[0].id()));
        assertEquals(8, server.shipOf(1).laserSeq);
        assertEquals(0, server.shipOf(1).laserHitId);
    }

    @Test
    void theClientPredictsAgainstWhatItShowsAndTheShipCarriesTheVerdict() {
        Asteroid[] rock = new Asteroid[1];
        SpaceGame client = range(false, rock);
        for (int i = 0; i < 10; i++) {
            client.step(false);
        }
        int step = client.world().stepCount() + 1;
        client.processInput(new Input("laser", 0, 0, step, 9, 1f), 1, false);
        SpaceGame.LaserShot shot = client.lastPredictedLaser();
        assertNotNull(shot);
        assertEquals(rock[0].id(), shot.predictedHitId());
        assertEquals(300 - rock[0].width * 0.5f, shot.length(), 1e-3);
        Ship ship = client.shipOf(1);
        assertEquals(0, ship.laserSeq, "a client never judges");
        assertTrue(client.world().contains(rock[0].id()), "nor splits");
        ship.laserSeq = 9;
        ship.laserHitId = rock[0].id();
        assertTrue(shot.confirmedBy(ship));
        ship.laserHitId = 0;
        assertTrue(shot.judgedOn(ship) && !shot.confirmedBy(ship), "refused");
    }
}
