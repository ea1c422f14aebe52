package dev.javelin.cubes;

import dev.javelin.cubes.game.CubesGame;
import dev.javelin.cubes.game.PlayerCube;
import dev.javelin.engine.client.ClientEngine;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The view with {@code --headless=true}: no window, a status line every few seconds (where the player's cube
 * is, how many cubes sleep, snapshots in, desyncs). Threads: the launcher's main thread.
 */
final class HeadlessView implements CubesView {

    @Override
    public void run(ClientEngine client, double seconds) throws InterruptedException {
        AtomicReference<String> status = new AtomicReference<>();
        client.addStepListener((c, due) -> {
            if (c.game().world().stepCount() % 180 == 0) {
                status.set(status(c));
            }
        });
        client.start();
        long end = seconds > 0 ? System.nanoTime() + (long) (seconds * 1e9) : Long.MAX_VALUE;
        String last = null;
        while (System.nanoTime() < end) {
            Thread.sleep(Math.min(1000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            String s = status.get();
            if (s != null && !s.equals(last)) {
                System.out.println(s);
                last = s;
            }
        }
    }

    static String status(ClientEngine client) {
        CubesGame game = (CubesGame) client.game();
        PlayerCube me = game.cubeOf(client.playerId());
        long asleep = game.world().objects().stream()
                .filter(o -> o instanceof dev.javelin.physics.bullet.RigidBody3D r && r.isAsleep()).count();
        return String.format(Locale.ROOT, "CUBES step=%d objects=%d asleep=%d me=%s snapshots=%d desyncs=%d",
                game.world().stepCount(), game.world().size(), asleep,
                me == null ? "-" : String.format(Locale.ROOT, "(%.1f,%.1f,%.1f)", me.position.x, me.position.y,
                        me.position.z), client.stats().snapshotsIn(), client.stats().desyncs());
    }
}
