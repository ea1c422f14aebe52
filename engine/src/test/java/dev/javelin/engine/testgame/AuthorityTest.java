package dev.javelin.engine.testgame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.world.Input;
import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.server.ServerConfig;
import dev.javelin.engine.server.ServerPlayer;
import dev.javelin.engine.sync.SyncSettings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A client drives only its own objects: the server applies each input as the player whose connection sent
 * it, and every input passes the game's validator, whose refusals are counted and logged at a rate limit.
 * Simulated time over the in-memory transport.
 */
class AuthorityTest {

    private static final ServerConfig CONFIG = ServerConfig.defaults().withUpdateRate(3);

    /** What the server's validator saw: player id and input, in order. */
    private record Seen(int playerId, Input input) {
    }

    @Test
    void aClientsMovesSteerOnlyItsOwnAvatar() {
        try (Session s = new Session(CONFIG)) {
            ClientEngine a = s.join(SyncSettings.of("extrapolate"), null, null, 1);
            ClientEngine b = s.join(SyncSettings.of("extrapolate"), null, null, 2);
            s.runUntil(() -> a.isJoined() && b.isJoined(), 2000, "welcome");
            s.run(200);
            float bx = s.serverGame.avatarOf(b.playerId()).position.x;
            float by = s.serverGame.avatarOf(b.playerId()).position.y;
            for (int i = 0; i < 30; i++) {
                a.queueInput("move", 1, 1);
                s.run(20);
            }
            s.run(500);
            assertEquals(30, s.serverGame.applied().size());
            assertTrue(s.serverGame.avatarOf(a.playerId()).velocity.length() > 0, "a's avatar moves");
            assertEquals(0, s.serverGame.avatarOf(b.playerId()).velocity.length(), "b's avatar is untouched");
            assertEquals(bx, s.serverGame.avatarOf(b.playerId()).position.x);
            assertEquals(by, s.serverGame.avatarOf(b.playerId()).position.y);
        }
    }

    @Test
    void everyInputPassesTheValidatorAndRefusalsAreCountedAndLoggedAtARateLimit() {
        List<Seen> seen = new ArrayList<>();
        List<String> log = new ArrayList<>();
        Session[] session = new Session[1];
        try (Session s = new Session(CONFIG, b -> b.log(log::add).validator((player, input) -> {
            seen.add(new Seen(player.id(), input));
            return session[0].serverGame.validator().accept(player, input);
        }))) {
            session[0] = s;
            ClientEngine a = s.join(SyncSettings.of("extrapolate"), null, null, 1);
            ClientEngine b = s.join(SyncSettings.of("extrapolate"), null, null, 2);
            s.runUntil(() -> a.isJoined() && b.isJoined(), 2000, "welcome");
            s.runUntil(() -> a.game().world().size() == 2, 2000, "both avatars seen");
            int ownAvatar = s.serverGame.avatarOf(a.playerId()).id();
            int othersAvatar = s.serverGame.avatarOf(b.playerId()).id();
            float othersX = s.serverGame.avatarOf(b.playerId()).position.x;
            float ownX = s.serverGame.avatarOf(a.playerId()).position.x;
            // Ten seconds of game time: a nudges b's avatar (refused) 200 times, its own 10 times, and tries
            // an action the game does not have and a move far out of range.
            for (int i = 0; i < 200; i++) {
                a.queueInput("nudge", othersAvatar, 0);
                if (i % 20 == 0) {
                    a.queueInput("nudge", ownAvatar, 0);
                }
                s.run(50);
            }
            a.queueInput("teleport", 0, 0);
            a.queueInput("move", 1000, 0);
            s.run(500);

            assertEquals(0, a.unackedInputs(), "every input reached the server");
            assertEquals(212, seen.size(), "every input went through the validator");
            assertTrue(seen.stream().allMatch(x -> x.playerId() == a.playerId()), "each as the player who sent it");
            ServerPlayer p = s.server.player(a.playerId());
            assertEquals(202, p.inputsRejected());
            assertEquals(202, s.server.stats().inputsRejected());
            assertEquals(10, s.server.stats().inputsApplied());
            assertEquals(othersX, s.serverGame.avatarOf(b.playerId()).position.x, "b's avatar was never nudged");
            assertEquals(ownX + 10 * ArenaGame.NUDGE, s.serverGame.avatarOf(a.playerId()).position.x, 0.01f);
            // 10.5 s of refusals, at most one line a second, each naming the player and what was refused.
            assertTrue(log.size() >= 10 && log.size() <= 12, log.size() + " lines: " + log);
            assertTrue(log.get(0).contains("player " + a.playerId()) && log.get(0).contains("nudge"), log.get(0));
            assertTrue(log.stream().skip(1).anyMatch(l -> l.contains("similar suppressed")), log.toString());
        }
    }

    @Test
    void anInputFloodIsCutToThePerPlayerRateAndCounted() {
        ServerConfig config = CONFIG.withMaxInputsPerSecond(30);
        List<String> log = new ArrayList<>();
        List<Seen> seen = new ArrayList<>();
        try (Session s = new Session(config, b -> b.log(log::add).validator((player, input) -> {
            seen.add(new Seen(player.id(), input));
            return true;
        }))) {
            ClientEngine a = s.join(SyncSettings.of("frameSync"), null, null, 1);
            ClientEngine b = s.join(SyncSettings.of("frameSync"), null, null, 2);
            s.runUntil(() -> a.isJoined() && b.isJoined(), 2000, "welcome");
            // a queues 4 inputs a step (240/s, 8 times its allowance) for two seconds; b plays at ~10/s.
            int sentByB = 0;
            for (int frame = 0; frame < 120; frame++) {
                for (int k = 0; k < 4; k++) {
                    a.queueInput("move", 0, 0);
                }
                if (frame % 6 == 0) {
                    b.queueInput("move", 0, 1);
                    sentByB++;
                }
                s.run(17);
            }
            s.run(500);
            long appliedA = seen.stream().filter(x -> x.playerId() == a.playerId()).count();
            long appliedB = seen.stream().filter(x -> x.playerId() == b.playerId()).count();
            assertTrue(s.server.player(a.playerId()).inputsOverRate() > 100,
                    "over rate: " + s.server.player(a.playerId()).inputsOverRate());
            assertEquals(s.server.player(a.playerId()).inputsOverRate(), s.server.stats().inputsOverRate());
            // A full bucket (30) plus 30/s refill over the 2.5 s of play.
            assertTrue(appliedA >= 60 && appliedA <= 30 + 30 * 2.5 + 1, "a got its allowance: " + appliedA);
            assertEquals(sentByB, appliedB, "b, within its allowance, lost nothing");
            assertEquals(0, s.server.player(b.playerId()).inputsOverRate());
            assertTrue(log.size() >= 1 && log.size() <= 4, "logged at most once a second: " + log);
            assertTrue(log.get(0).contains("rate limit") && log.get(0).contains("player " + a.playerId()), log.get(0));
        }
    }

    @Test
    void aBacklogLargerThanOneDatagramReachesTheServerOldestFirstAndWhole() {
        try (Session s = new Session(CONFIG)) {
            ClientEngine a = s.join(SyncSettings.of("frameSync"), null, null, 1);
            s.runUntil(a::isJoined, 2000, "welcome");
            // 64 inputs with the longest action names, all unacknowledged at once: about 3.5 kB, three datagrams.
            String longest = "x".repeat(Input.MAX_ACTION_LENGTH);
            for (int i = 0; i < 64; i++) {
                a.queueInput(longest, i, 0);
            }
            s.run(1000);
            assertEquals(0, a.unackedInputs());
            assertEquals(64, s.serverGame.applied().size());
            for (int i = 0; i < 64; i++) {
                assertEquals(i, s.serverGame.applied().get(i).x(), "in order");
            }
        }
    }
}
