package dev.javelin.sample;

import dev.javelin.engine.replay.Replay;
import dev.javelin.engine.replay.ReplayPlayer;
import dev.javelin.engine.replay.ReplayRecorder;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.sample.game.SpaceGame;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code server --record=FILE} and {@code replay FILE}: recording the server's session, and playing one back.
 * Headless playback ({@code --headless=true}) checks every step and prints
 * {@code REPLAY steps= seconds= players= inputs= result=} ({@code ok}, or where it diverged); exit 0 only if equal.
 * Threads: the main thread.
 */
final class Replays {

    private Replays() {
    }

    /** Starts recording {@code server} to {@code file} (before its first step), or returns null for an empty name. */
    static ReplayRecorder record(ServerEngine server, String file) throws IOException {
        if (file.isEmpty()) {
            return null;
        }
        ReplayRecorder recorder = ReplayRecorder.attach(server.game(),
                new BufferedOutputStream(new FileOutputStream(file)), server.game().config().stepRate());
        server.addInputListener(recorder::inputApplied);
        return recorder;
    }

    static int play(LaunchConfig c) {
        Path file = Path.of(c.replayFile());
        Replay replay;
        try {
            replay = Replay.read(Files.readAllBytes(file));
        } catch (IOException e) {
            System.err.println("javelin: cannot read replay " + file + ": " + e.getMessage());
            return 2;
        }
        ReplayPlayer player;
        try {
            player = new ReplayPlayer(replay, () -> new SpaceGame(
                    SpaceGame.config(replay.seed()).withStepRate(replay.stepRate()), c.integer("roundPoints")));
        } catch (IllegalArgumentException e) {
            System.err.println("javelin: " + e.getMessage());
            return 2;
        }
        if (!c.flag("headless")) {
            System.err.println("javelin: the replay window is not built yet; verify with --headless=true");
            return 2;
        }
        ReplayPlayer.Divergence d = player.playToEnd();
        long players = replay.frames().stream().flatMap(f -> f.events().stream())
                .filter(e -> e instanceof Replay.Joined).count();
        long inputs = replay.frames().stream().flatMap(f -> f.events().stream())
                .filter(e -> e instanceof Replay.Applied).count();
        System.out.printf("REPLAY steps=%d seconds=%.1f players=%d inputs=%d complete=%s result=%s%n",
                replay.frames().size(), replay.seconds(), players, inputs, replay.isComplete(),
                d == null ? "ok" : "diverged at " + d);
        return d == null ? 0 : 1;
    }
}
