package dev.javelin.engine.testgame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.server.ServerConfig;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.world.PlayerInfo;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lifecycle hooks fire on each side, and isAuthority() is right in the constructor. */
class LifecycleTest {

    /** Records its hooks, and what isAuthority() said in its constructor. */
    public static final class HookedArena extends ArenaGame {
        final boolean authorityInConstructor;
        final List<String> calls = new ArrayList<>();

        public HookedArena() {
            authorityInConstructor = isAuthority();
        }

        @Override
        protected void onServerStart() {
            calls.add("serverStart");
        }

        @Override
        protected void onClientStart(int playerId) {
            calls.add("clientStart " + playerId);
        }

        @Override
        protected void onPlayerJoined(PlayerInfo player) {
            calls.add("joined " + player.id() + " " + player.name());
        }

        @Override
        protected void onPlayerLeft(PlayerInfo player) {
            calls.add("left " + player.id());
        }
    }

    @Test
    void serverAndClientsSeeTheirHooksAndEveryPlayerComeAndGo() {
        try (Session s = new Session(ServerConfig.defaults().withReconnectGraceSeconds(0))) {
            assertTrue(s.serverGame.isAuthority());
            ClientEngine a = s.join(SyncSettings.of("extrapolate"), null, null, 1, 0L, HookedArena::new);
            s.runUntil(a::isJoined, 2_000, "a joins");
            ClientEngine b = s.join(SyncSettings.of("interpolate"), null, null, 2, 0L, HookedArena::new);
            s.runUntil(() -> a.game().player(2) != null && b.game().player(1) != null, 2_000, "both know both");
            HookedArena ga = a.game(HookedArena.class);
            HookedArena gb = b.game(HookedArena.class);
            assertFalse(ga.authorityInConstructor, "a client's game is not the authority, even in its constructor");
            assertFalse(ga.isAuthority());
            assertEquals(List.of("clientStart 1", "joined 1 p1", "joined 2 p2"), ga.calls);
            assertEquals(List.of("clientStart 2", "joined 1 p1", "joined 2 p2"), gb.calls);
            b.close();
            s.clients.remove(b);
            s.runUntil(() -> ga.player(2) == null, 5_000, "a sees b leave");
            assertEquals("left 2", ga.calls.get(ga.calls.size() - 1));
        }
    }

    @Test
    void aServerBuiltFromAFactoryStartsItsGameAsTheAuthority() {
        java.util.concurrent.atomic.AtomicReference<HookedArena> made = new java.util.concurrent.atomic.AtomicReference<>();
        try (Session s = new Session(ServerConfig.defaults(), b -> b)) {
            dev.javelin.engine.transport.LocalTransport local = s.local;
            try (var server = dev.javelin.engine.server.ServerEngine.builder(() -> {
                HookedArena g = new HookedArena();
                made.set(g);
                return g;
            }, local.bind("127.0.0.1", 0, 0)).clock(s.clock).log(l -> { }).build()) {
                assertTrue(made.get().authorityInConstructor);
                assertEquals(List.of("serverStart"), made.get().calls);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
