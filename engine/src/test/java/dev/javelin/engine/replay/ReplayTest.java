package dev.javelin.engine.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.testgame.ArenaGame;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two minutes of eight bots recorded on a manual clock, then played back. */
class ReplayTest {

    private static RecordedSession session;

    @BeforeAll
    static void record() throws IOException {
        session = RecordedSession.record(8, 120, 5);
        double seconds = session.steps / 60.0;
        System.out.printf("REPLAY bots=8 seconds=%.0f steps=%d bytes=%d bytesPerSecond=%.0f recorderOverheadPct=%.2f "
                + "(after the first %d s: recorder %.1f us, server step %.1f us per step; busy machine)%n",
                seconds, session.steps, session.file.length, session.file.length / seconds,
                100.0 * session.recorderNanos / (session.serverNanos - session.recorderNanos),
                RecordedSession.WARMUP_SECONDS, session.recorderNanos / 1e3 / session.measuredSteps,
                session.serverNanos / 1e3 / session.measuredSteps);
    }

    @Test
    void playbackMatchesTheRecordedChecksumAtEveryStep() throws IOException {
        Replay replay = Replay.read(session.file);
        assertTrue(replay.isComplete());
        assertEquals(session.steps, replay.frames().size());
        assertTrue(replay.frames().size() >= 120 * 60 - 1);
        long inputs = replay.frames().stream().flatMap(f -> f.events().stream())
                .filter(e -> e instanceof Replay.Applied).count();
        assertTrue(inputs > 8 * 100, "the bots played: " + inputs + " inputs");
        ReplayPlayer player = new ReplayPlayer(replay, RecordedSession.DroneArena::new);
        assertNull(player.playToEnd());
        assertEquals(replay.frames().get(replay.frames().size() - 1).step(), player.step());
        assertTrue(player.game().world().size() >= 12, "drones and avatars: " + player.game().world().size());
    }

    @Test
    void aRecordingUnderTheSizeTarget() {
        double perSecond = session.file.length / (session.steps / 60.0);
        assertTrue(perSecond < 2048, "bytes per second: " + perSecond);
    }

    @Test
    void oneAlteredInputByteIsReportedAtTheStepItDiverges() throws IOException {
        Replay replay = Replay.read(session.file);
        Replay.Frame target = null;
        Replay.Applied altered = null;
        for (Replay.Frame f : replay.frames().subList(replay.frames().size() / 2, replay.frames().size())) {
            if (f.events().size() == 1 && f.events().get(0) instanceof Replay.Applied a
                    && a.input().action().equals("move") && Math.abs(a.input().x()) >= 0.5f) {
                target = f;
                altered = a;
                break;
            }
        }
        assertNotNull(target, "a frame with one move input");
        byte[] body = new InflaterInputStream(new ByteArrayInputStream(session.file, 8, session.file.length - 8))
                .readAllBytes();
        // Tag, player id, action index (one byte each for these small numbers), then x's first byte: its exponent.
        body[(int) altered.offset() + 3] ^= 0x01;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(Arrays.copyOf(session.file, 8));
        try (DeflaterOutputStream d = new DeflaterOutputStream(out)) {
            d.write(body);
        }
        Replay tampered = Replay.read(out.toByteArray());
        ReplayPlayer player = new ReplayPlayer(tampered, RecordedSession.DroneArena::new);
        ReplayPlayer.Divergence d = player.playToEnd();
        assertNotNull(d);
        System.out.println("REPLAY divergence: " + d);
        assertEquals(target.step(), d.step());
        assertTrue(d.objects().contains("Avatar"), d.objects());
    }

    @Test
    void aReplayOfAnotherGameIsRefusedInOneLine() throws IOException {
        Replay replay = Replay.read(session.file);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ReplayPlayer(replay, ArenaGame::new));
        assertTrue(e.getMessage().startsWith("this replay does not fit the game: game "), e.getMessage());
        assertThrows(IOException.class, () -> Replay.read(new byte[] {1, 2, 3}));
    }

    @Test
    void speedAndPauseDecideHowManyStepsAreDue() throws IOException {
        ReplayPlayer player = new ReplayPlayer(Replay.read(session.file), RecordedSession.DroneArena::new);
        long period = player.game().config().stepPeriodNanos();
        assertEquals(10, player.advance(10 * period));
        player.setSpeed(4);
        assertEquals(40, player.advance(10 * period));
        player.setSpeed(100);
        assertEquals(8, player.speed());
        player.setPaused(true);
        assertEquals(0, player.advance(10 * period));
        assertTrue(player.stepOnce());
        assertEquals(51, player.step() - Replay.read(session.file).startStep());
    }
}
