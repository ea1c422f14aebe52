package dev.javelin.engine.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PlayersByConnectionTest {

    @Test
    void behavesLikeAHashMapThroughRandomPutsAndRemoves() {
        SplittableRandom random = new SplittableRandom(3);
        PlayersByConnection map = new PlayersByConnection();
        Map<Integer, ServerPlayer> reference = new HashMap<>();
        ServerPlayer[] players = new ServerPlayer[50];
        for (int i = 0; i < players.length; i++) {
            players[i] = new ServerPlayer(i + 1, "p" + i, i + 1, 0, new PlayerInputQueue(10, 10));
        }
        for (int op = 0; op < 200_000; op++) {
            int key = 1 + random.nextInt(op < 100_000 ? 300 : 5_000);
            int kind = random.nextInt(3);
            if (kind == 0) {
                ServerPlayer p = players[random.nextInt(players.length)];
                map.put(key, p);
                reference.put(key, p);
            } else if (kind == 1) {
                assertSame(reference.remove(key), map.remove(key), "remove " + key + " at op " + op);
            } else {
                assertSame(reference.get(key), map.get(key), "get " + key + " at op " + op);
            }
            assertEquals(reference.size(), map.size());
        }
        for (Map.Entry<Integer, ServerPlayer> e : reference.entrySet()) {
            assertSame(e.getValue(), map.get(e.getKey()));
        }
    }
}
