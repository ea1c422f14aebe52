package dev.javelin.physics.dyn4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.GameEngine;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.rigid.PhysicalObject2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Re-enactment, as a predicting client does it: take the server's networked state at step S (through the
 * class registry's schemas, the same copy the codec makes), put it into an engine with another history, and
 * replay the inputs from S. The result must equal the server's own forward stepping, bit for bit: nothing
 * the solver carries between steps may be missing from the restored state.
 */
class Dyn4jReenactmentTest {

    /** The networked state of every object: what a snapshot for this step would restore. */
    private static List<GameObject> networkedState(GameEngine game) {
        List<GameObject> out = new ArrayList<>();
        for (GameObject o : game.world().objects()) {
            out.add(o.copy());
        }
        return out;
    }

    /** Overwrites {@code client}'s objects with {@code state} (same ids) and sets its step, as a sync strategy does. */
    private static void restore(GameEngine client, List<GameObject> state, int step) {
        for (GameObject s : state) {
            GameObject mine = client.world().get(s.id());
            mine.syncTo(s);
        }
        client.world().setStepCount(step);
        client.physics().resetContacts();
    }

    @Test
    void restoringAServerStateAndReplayingEqualsSteppingForward() {
        RigidScene server = new RigidScene().populate();
        RigidScene client = new RigidScene().populate();
        int checked = 0;
        int sleepingRestored = 0;
        for (int from = 200; from <= 2600; from += 400) {
            while (server.world().stepCount() < from) {
                int s = server.world().stepCount() + 1;
                server.processInput(RigidScene.scriptedInput(s), 1, true);
                server.step(false);
            }
            List<GameObject> atFrom = networkedState(server);
            sleepingRestored += (int) atFrom.stream().filter(o -> o instanceof PhysicalObject2D p && p.sleeping).count();
            // The client has a different history: it mispredicted, with other inputs, for a while.
            for (int i = 0; i < 37; i++) {
                client.processInput(RigidScene.scriptedInput(from + 500 + i), 1, false);
                client.step(false);
            }
            restore(client, atFrom, from);
            for (int s = from + 1; s <= from + 120; s++) {
                server.processInput(RigidScene.scriptedInput(s), 1, true);
                server.step(false);
                client.processInput(RigidScene.scriptedInput(s), 1, false);
                client.step(true);
                assertEquals(RigidScene.fingerprint(server), RigidScene.fingerprint(client),
                        "re-enacted from step " + from + ", differs at step " + s);
                checked++;
            }
        }
        assertEquals(7 * 120, checked);
        assertTrue(sleepingRestored > 0, "some restored states had sleeping bodies");
    }
}
