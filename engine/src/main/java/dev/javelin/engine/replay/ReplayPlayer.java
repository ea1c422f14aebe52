package dev.javelin.engine.replay;

import dev.javelin.engine.GameEngine;
import dev.javelin.engine.world.GameObject;
import java.util.List;
import java.util.function.Supplier;

/**
 * Plays a {@link Replay} back through the game's own code: a fresh game (made as the server makes it) gets the
 * recorded joins, leaves and inputs before each step, exactly as the server applied them, and steps; after every
 * step the world checksum is compared with the recorded one, and playback stops at the first step that differs
 * ({@link #divergence()}), naming the objects that differ at the next keyframe.
 *
 * <p>Time: {@link #advance} plays the steps due after some wall time at {@link #speed()} (0.25× to 8×) unless
 * {@link #isPaused()}; {@link #stepOnce()} plays one step whatever the pause.
 *
 * <p>Threads: one thread (the replay's simulation thread); {@link #setSpeed} and {@link #setPaused} from any.
 */
public final class ReplayPlayer {

    /** Where playback parted from the recording. {@code objects} describes the differing objects, or is empty. */
    public record Divergence(int step, int expected, int actual, String objects) {
        @Override
        public String toString() {
            return "step " + step + ": world checksum " + Integer.toHexString(actual) + ", recorded "
                    + Integer.toHexString(expected) + (objects.isEmpty() ? "" : "; " + objects);
        }
    }

    private final Replay replay;
    private final GameEngine game;
    private final long periodNanos;
    private int next;
    private Divergence divergence;
    private volatile double speed = 1;
    private volatile boolean paused;
    private double owedNanos;

    /**
     * A player of {@code replay} over a game {@code factory} makes. Refuses (IllegalArgumentException, one line)
     * a game of another class, step rate, seed or class registry, or whose start world differs from the recording's.
     */
    public ReplayPlayer(Replay replay, Supplier<? extends GameEngine> factory) {
        this.replay = replay;
        this.game = GameEngine.constructAs(true, factory);
        game.setAuthority(true);
        game.world().setClientMode(false);
        game.notifyServerStarted();
        String mismatch = !game.getClass().getName().equals(replay.gameClass()) ? "game " + game.getClass().getName()
                + ", recorded " + replay.gameClass()
                : game.config().stepRate() != replay.stepRate() ? "step rate " + game.config().stepRate()
                        + ", recorded " + replay.stepRate()
                : game.config().seed() != replay.seed() ? "seed " + game.config().seed() + ", recorded " + replay.seed()
                : game.classes().fingerprint() != replay.fingerprint() ? "class registry fingerprint "
                        + Long.toHexString(game.classes().fingerprint()) + ", recorded "
                        + Long.toHexString(replay.fingerprint())
                : game.world().stepCount() != replay.startStep() ? "start step " + game.world().stepCount()
                        + ", recorded " + replay.startStep()
                : WorldChecksum.of(game.world()) != replay.startChecksum() ? "start world differs: "
                        + differing(replay.start()) : null;
        if (mismatch != null) {
            throw new IllegalArgumentException("this replay does not fit the game: " + mismatch);
        }
        this.periodNanos = game.config().stepPeriodNanos();
    }

    /** The game being played back (the renderer draws its world). */
    public GameEngine game() {
        return game;
    }

    /** The step the world is at. */
    public int step() {
        return game.world().stepCount();
    }

    /** True when every recorded step has been played, or playback diverged. */
    public boolean isFinished() {
        return next >= replay.frames().size() || divergence != null;
    }

    /** Where playback parted from the recording, or null while it agrees. */
    public Divergence divergence() {
        return divergence;
    }

    /** Plays the next recorded step and checks it; false when there was none to play (finished or diverged). */
    public boolean stepOnce() {
        if (isFinished()) {
            return false;
        }
        Replay.Frame f = replay.frames().get(next++);
        play(f);
        int actual = WorldChecksum.of(game.world());
        if (actual != f.checksum()) {
            divergence = new Divergence(f.step(), f.checksum(), actual, objectsAtNextKeyframe(f.step()));
        }
        return true;
    }

    /** The recorded events of {@code f} in their order, then the step. */
    private void play(Replay.Frame f) {
        for (Replay.Event e : f.events()) {
            if (e instanceof Replay.Joined j) {
                game.notifyPlayerJoined(j.playerId(), j.name(), j.roomId());
            } else if (e instanceof Replay.Left l) {
                game.notifyPlayerDisconnected(l.playerId());
            } else if (e instanceof Replay.Applied a) {
                game.processInput(a.input(), a.playerId(), true);
            }
        }
        game.step(false);
    }

    /** Plays every remaining step (ignoring pause and speed); returns the divergence, or null if none. */
    public Divergence playToEnd() {
        while (stepOnce()) {
            // each step checks itself
        }
        return divergence;
    }

    /** Plays the steps due after {@code elapsedNanos} of wall time at the current speed; returns how many. */
    public int advance(long elapsedNanos) {
        if (paused) {
            return 0;
        }
        owedNanos += elapsedNanos * speed;
        int played = 0;
        while (owedNanos >= periodNanos && stepOnce()) {
            owedNanos -= periodNanos;
            played++;
        }
        if (isFinished()) {
            owedNanos = 0;
        }
        return played;
    }

    /** Playback speed, 0.25 to 8 (clamped). */
    public void setSpeed(double factor) {
        speed = Math.max(0.25, Math.min(8, factor));
    }

    public double speed() {
        return speed;
    }

    public void setPaused(boolean pause) {
        paused = pause;
    }

    public boolean isPaused() {
        return paused;
    }

    /**
     * After a divergence at {@code step}, plays on (unchecked) to the next keyframe and names the objects whose
     * checksum differs there, or that are missing or extra.
     */
    private String objectsAtNextKeyframe(int step) {
        int k = step;
        while (replay.keyframe(k) == null && next < replay.frames().size()) {
            Replay.Frame f = replay.frames().get(next++);
            play(f);
            k = f.step();
        }
        Replay.Keyframe key = replay.keyframe(k);
        return key == null ? "" : "at keyframe step " + k + ": " + differing(key);
    }

    private String differing(Replay.Keyframe key) {
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        List<GameObject> objects = game.world().objects();
        for (GameObject o : objects) {
            Integer expected = key.checksumOf(o.id());
            if (expected == null || expected != WorldChecksum.of(o)) {
                shown = note(sb, shown, o + (expected == null ? " (not in the recording)" : " differs"));
            }
        }
        for (int id : key.ids()) {
            if (game.world().get(id) == null) {
                shown = note(sb, shown, "object " + id + " missing");
            }
        }
        return sb.length() == 0 ? "no object differs" : sb.toString();
    }

    private static int note(StringBuilder sb, int shown, String what) {
        if (shown < 8) {
            sb.append(shown == 0 ? "" : ", ").append(what);
        } else if (shown == 8) {
            sb.append(", …");
        }
        return shown + 1;
    }
}
