package dev.javelin.engine.testgame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.server.ServerConfig;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.transport.NetworkConditions;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EngineIntegrationTest {

    private static final ServerConfig CONFIG = ServerConfig.defaults().withUpdateRate(3);

    @ParameterizedTest
    @ValueSource(strings = {"extrapolate", "interpolate", "frameSync"})
    void playersJoinSeeEachOtherMoveAndLeave(String strategy) {
        try (Session s = new Session(CONFIG)) {
            ClientEngine a = s.join(SyncSettings.of(strategy), null, null, 1);
            ClientEngine b = s.join(SyncSettings.of(strategy), null, null, 2);
            s.runUntil(() -> a.isJoined() && b.isJoined(), 2000, "welcome");
            assertEquals(1, a.playerId());
            assertEquals(2, b.playerId());
            s.runUntil(() -> a.game().world().size() == 2 && b.game().world().size() == 2, 3000, "both avatars seen");
            a.queueInput("move", 1, 0);
            s.run(1000);
            float serverX = s.serverGame.avatarOf(1).position.x;
            assertTrue(serverX > 40, "the server moved a's avatar: " + serverX);
            DynamicObject seenByB = (DynamicObject) b.game().world().get(s.serverGame.avatarOf(1).id());
            assertTrue(seenByB.position.x > 35, "b sees a move: " + seenByB.position.x);
            a.close();
            s.clients.remove(a);
            s.runUntil(() -> b.game().world().size() == 1, 15_000, "a's avatar gone from b after the grace");
        }
    }

    @Test
    void aDestroyReachesClientsEvenWhenItsDatagramIsLost() {
        try (Session s = new Session(CONFIG)) {
            NetworkConditions lossy = NetworkConditions.NONE.withLatencyMillis(30).withLoss(0.5);
            ClientEngine c = s.join(SyncSettings.of("frameSync"), null, lossy, 7);
            s.runUntil(c::isJoined, 3000, "welcome");
            for (int round = 0; round < 12; round++) {
                Set<Integer> drones = new HashSet<>();
                for (int i = 0; i < 5; i++) {
                    drones.add(s.serverGame.addDrone(0, 10 + i * 15, 100, 3, 0).id());
                }
                s.runUntil(() -> drones.stream().allMatch(id -> c.game().world().contains(id)), 5000, "drones created");
                for (int id : drones) {
                    s.serverGame.removeObject(id);
                }
                s.runUntil(() -> drones.stream().noneMatch(id -> c.game().world().contains(id)), 5000,
                        "drones destroyed");
            }
            assertTrue(c.stats().snapshotsIn() < s.server.stats().snapshotsSent(),
                    "snapshots were really lost: " + c.stats().snapshotsIn() + " of " + s.server.stats().snapshotsSent());
        }
    }

    @Test
    void everyInputOfAClientAtTenPercentLossIsAppliedOnce() {
        try (Session s = new Session(CONFIG)) {
            NetworkConditions lossy = NetworkConditions.NONE.withLatencyMillis(40).withJitterMillis(10).withLoss(0.1);
            ClientEngine c = s.join(SyncSettings.of("extrapolate"), null, lossy, 11);
            s.runUntil(c::isJoined, 3000, "welcome");
            int sent = 0;
            for (int i = 0; i < 300; i++) {
                c.queueInput("move", (i % 3) - 1, ((i / 3) % 3) - 1);
                sent++;
                s.run(17);
            }
            s.runUntil(() -> c.unackedInputs() == 0, 5000, "all inputs acknowledged");
            s.run(500);
            assertEquals(sent, s.serverGame.applied().size(), "every input applied, none twice");
            Set<Integer> sequences = new HashSet<>();
            s.serverGame.applied().forEach(in -> sequences.add(in.sequence()));
            assertEquals(sent, sequences.size());
        }
    }

    @Test
    void clientsInDifferentRoomsNeverSeeEachOthersObjects() {
        try (Session s = new Session(CONFIG)) {
            ClientEngine red = s.join(SyncSettings.of("frameSync"), "red", null, 1);
            ClientEngine blue = s.join(SyncSettings.of("frameSync"), "blue", null, 2);
            s.runUntil(() -> red.isJoined() && blue.isJoined(), 2000, "welcome");
            int redRoom = s.server.room("red");
            int blueRoom = s.server.room("blue");
            s.serverGame.addDrone(redRoom, 10, 10, 1, 0);
            s.serverGame.addDrone(blueRoom, 20, 20, 1, 0);
            s.run(2000);
            for (GameObject o : red.game().world().objects()) {
                assertEquals(redRoom, o.roomId(), "red sees " + o);
            }
            for (GameObject o : blue.game().world().objects()) {
                assertEquals(blueRoom, o.roomId(), "blue sees " + o);
            }
            assertEquals(2, red.game().world().size());
            assertEquals(2, blue.game().world().size());
        }
    }

    @Test
    void withoutLossTheLocalPlayersPredictionIsExact() {
        try (Session s = new Session(CONFIG)) {
            ClientEngine c = s.join(SyncSettings.of("extrapolate"), null,
                    NetworkConditions.NONE.withLatencyMillis(50), 3);
            s.runUntil(() -> c.isJoined() && c.game().world().size() == 1, 3000, "own avatar");
            s.run(1000);
            Map<Integer, Long> truth = new HashMap<>();
            Map<Integer, Long> shown = new HashMap<>();
            s.serverGame.events().postStep.subscribe((step, re) -> truth.put(step, bits(s.serverGame.avatarOf(1))));
            c.addStepListener((client, due) -> shown.put(client.game().world().stepCount(),
                    bits((DynamicObject) ((ArenaGame) client.game()).avatarOf(1).displayCopy())));
            for (int i = 0; i < 240; i++) {
                if (i % 20 == 0) {
                    c.queueInput("move", (i / 20) % 2 == 0 ? 1 : -1, 0.5f);
                }
                s.run(17);
            }
            int compared = 0;
            for (Map.Entry<Integer, Long> e : shown.entrySet()) {
                Long server = truth.get(e.getKey());
                if (server != null) {
                    assertEquals(server, e.getValue(), "position at step " + e.getKey());
                    compared++;
                }
            }
            assertTrue(compared > 150, "compared " + compared + " steps");
            assertEquals(0, c.syncStats().localCorrections() + c.syncStats().snaps());
            assertTrue(c.syncStats().reenactedSteps() > 100, "it really re-enacted");
        }
    }

    private static long bits(DynamicObject o) {
        return (long) Float.floatToRawIntBits(o.position.x) << 32 | Float.floatToRawIntBits(o.position.y) & 0xFFFFFFFFL;
    }

    @Test
    void aClientStartedThirtyStepsOffIsBroughtBackIntoItsBand() {
        try (Session s = new Session(CONFIG)) {
            ClientEngine c = s.join(SyncSettings.of("extrapolate"), null, null, 5);
            s.runUntil(c::isJoined, 2000, "welcome");
            s.run(500);
            // Knock the client off right after a snapshot, so that its next check comes before the next snapshot
            // (whose reconciliation would also move it).
            long seen = c.stats().snapshotsIn();
            s.runUntil(() -> c.stats().snapshotsIn() > seen, 200, "a snapshot");
            c.game().world().setStepCount(c.game().world().stepCount() - 30);
            s.run(20);
            assertTrue(c.stepDrift() < -25, "really off: " + c.stepDrift());
            s.runUntil(() -> Math.abs(c.stepDrift()) <= 3, 3000, "back in band");
            assertEquals(0, c.stats().stepResets(), "nudged back, not reset");
        }
    }
}
