package dev.javelin.engine.client;

import dev.javelin.engine.GameEngine;
import dev.javelin.engine.protocol.PlayerPresence;
import dev.javelin.engine.util.SafeText;
import java.util.function.Consumer;

/**
 * Tells the client's game of the players its server says came or went ({@code playerJoined} with the name made
 * safe to show, {@code playerDisconnected}), once each: news that matches what the game already knows is ignored.
 *
 * <p>Threads: the client's simulation thread, while the transport is polled.
 */
final class PresenceRelay implements Consumer<PlayerPresence> {

    private final GameEngine game;

    PresenceRelay(GameEngine game) {
        this.game = game;
    }

    @Override
    public void accept(PlayerPresence p) {
        if (p.present() && game.player(p.playerId()) == null) {
            game.notifyPlayerJoined(p.playerId(), SafeText.of(p.name()), p.roomId());
        } else if (!p.present() && game.player(p.playerId()) != null) {
            game.notifyPlayerDisconnected(p.playerId());
        }
    }
}
