package dev.javelin.engine.internal.codec;

import dev.javelin.engine.internal.wire.BitWriter;
import dev.javelin.engine.internal.wire.CodecException;
import dev.javelin.engine.internal.wire.GolombCodes;

import dev.javelin.engine.schema.ClassRegistry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.javelin.engine.world.GameObject;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Decoding random, truncated and mutated bytes fails with the codec's own exception, in bounded memory. */
class HostileInputTest {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** A server that ran a while, the snapshots it sent, and how many of them a fresh client should take. */
    private static final class Corpus {
        final Link link = new Link(2000);
        final List<byte[]> history = new ArrayList<>();
        final List<byte[]> next = new ArrayList<>();

        Corpus() {
            Random rnd = new Random(17);
            for (int i = 0; i < 40; i++) {
                SnapshotCodecTest.randomize(link.add(SnapshotCodecTest.newRandom(rnd)), rnd);
            }
            for (int s = 0; s < 30; s++) {
                step(rnd);
                history.add(link.send());
                link.deliver(history.get(history.size() - 1));
                link.ack();
            }
            // Candidates for mutation: deltas against held baselines, and one full snapshot.
            for (int s = 0; s < 8; s++) {
                step(rnd);
                next.add(link.send());
            }
            link.encoder.requestFull();
            next.add(link.send());
        }

        private void step(Random rnd) {
            for (GameObject o : link.world.objects()) {
                if (rnd.nextInt(3) == 0) {
                    SnapshotCodecTest.randomize(o, rnd);
                }
            }
            if (rnd.nextInt(3) == 0) {
                link.world.remove(link.world.objects().get(rnd.nextInt(link.world.size())).id());
            }
            if (rnd.nextInt(2) == 0) {
                SnapshotCodecTest.randomize(link.add(SnapshotCodecTest.newRandom(rnd)), rnd);
            }
            if (rnd.nextInt(2) == 0) {
                Fixtures.Boom b = new Fixtures.Boom();
                b.what = "e" + rnd.nextInt(1000);
                link.encoder.queueEvent(b, link.step + 1);
            }
        }

        SnapshotDecoder freshClient() {
            SnapshotDecoder d = new SnapshotDecoder(link.registry);
            for (byte[] s : history) {
                d.decode(s, 0, s.length);
            }
            return d;
        }
    }

    private static byte[] mutate(byte[] valid, Random rnd, int kind, int newestSequence) {
        switch (kind) {
            case 0 -> {
                byte[] b = new byte[rnd.nextInt(200)];
                rnd.nextBytes(b);
                if (b.length >= 4 && rnd.nextBoolean()) {
                    // A plausible, fresh sequence number, so the decoder reads on.
                    int seq = newestSequence + 1 + rnd.nextInt(3);
                    b[0] = (byte) seq;
                    b[1] = (byte) (seq >> 8);
                    b[2] = 0;
                    b[3] = 0;
                }
                return b;
            }
            case 1 -> {
                return Arrays.copyOf(valid, rnd.nextInt(valid.length));
            }
            case 2 -> {
                byte[] b = valid.clone();
                for (int f = 1 + rnd.nextInt(3); f > 0; f--) {
                    int bit = 32 + rnd.nextInt(b.length * 8 - 32);
                    b[bit >> 3] ^= (byte) (1 << (bit & 7));
                }
                return b;
            }
            case 3 -> {
                int at = 4 + rnd.nextInt(valid.length - 4);
                byte[] b;
                if (rnd.nextBoolean()) {
                    b = new byte[valid.length + 1];
                    System.arraycopy(valid, 0, b, 0, at);
                    b[at] = (byte) rnd.nextInt();
                    System.arraycopy(valid, at, b, at + 1, valid.length - at);
                } else {
                    b = new byte[valid.length - 1];
                    System.arraycopy(valid, 0, b, 0, at);
                    System.arraycopy(valid, at + 1, b, at, valid.length - at - 1);
                }
                return b;
            }
            default -> {
                // A valid header, then garbage.
                byte[] b = valid.clone();
                int keep = 9 + rnd.nextInt(4);
                for (int i = keep; i < b.length; i++) {
                    b[i] = (byte) rnd.nextInt();
                }
                return b;
            }
        }
    }

    @Test
    void hundredThousandHostileInputsFailOnlyWithCodecExceptions() {
        Corpus corpus = new Corpus();
        Random rnd = new Random(2024);
        SnapshotDecoder client = corpus.freshClient();
        int newest = client.newestSequence();
        int[] outcomes = new int[3];
        int cases = 100_000;
        for (int i = 0; i < cases; i++) {
            byte[] valid = corpus.next.get(rnd.nextInt(corpus.next.size()));
            byte[] bad = mutate(valid, rnd, i % 5, newest);
            try {
                DecodedSnapshot r = client.decode(bad, 0, bad.length);
                outcomes[r.isStale() ? 1 : 0]++;
                if (!r.isStale()) {
                    // Accepted (a flip in padding, say): start again from a clean client.
                    client = corpus.freshClient();
                }
            } catch (CodecException e) {
                outcomes[2]++;
            } catch (Throwable t) {
                throw new AssertionError("case " + i + " (kind " + i % 5 + ", " + bad.length + " bytes) threw "
                        + t + " instead of a CodecException: " + Arrays.toString(bad), t);
            }
        }
        assertTrue(outcomes[2] > cases * 0.9, "most hostile inputs are rejected: " + Arrays.toString(outcomes));
        // Failed decodes changed nothing: the genuine next snapshots still decode and verify.
        for (byte[] s : corpus.next.subList(0, 1)) {
            client.decode(s, 0, s.length);
        }
    }

    @Test
    void failedDecodesLeaveTheClientUnchanged() {
        Corpus corpus = new Corpus();
        SnapshotDecoder client = corpus.freshClient();
        Random rnd = new Random(5);
        for (int i = 0; i < 2000; i++) {
            byte[] bad = mutate(corpus.next.get(0), rnd, 2, client.newestSequence());
            try {
                client.decode(bad, 0, bad.length);
                client = corpus.freshClient();
            } catch (CodecException expected) {
                // The point: nothing changed.
            }
        }
        for (byte[] s : corpus.next) {
            client.decode(s, 0, s.length);
        }
        States.assertSameStates(corpus.link.expected(), client.objects());
    }

    /** A full snapshot header for sequence 1, followed by {@code body}. */
    private static byte[] crafted(java.util.function.Consumer<BitWriter> body) {
        byte[] buf = new byte[256];
        BitWriter w = new BitWriter(buf, 0, buf.length);
        w.writeInt(1);
        w.writeInt(1);
        w.writeBool(true);
        w.writeBool(true);
        w.writeInt(0);
        body.accept(w);
        return Arrays.copyOf(buf, w.finish());
    }

    @Test
    void lengthsOnTheWireNeverDriveAllocation() {
        ClassRegistry reg = Fixtures.registry();
        List<byte[]> inputs = List.of(
                crafted(w -> GolombCodes.writeGolomb(w, 0x7FFF_FFFEL, 0)),
                crafted(w -> GolombCodes.writeGolomb(w, 1000, 0)),
                crafted(w -> {
                    GolombCodes.writeGolomb(w, 0, 0);
                    GolombCodes.writeGolomb(w, 0, 0);
                    GolombCodes.writeGolomb(w, 60_000, 0);
                }),
                crafted(w -> {
                    GolombCodes.writeGolomb(w, 0, 0);
                    GolombCodes.writeGolomb(w, 0, 0);
                    GolombCodes.writeGolomb(w, 5_000_000, 0);
                }),
                crafted(w -> {
                    GolombCodes.writeGolomb(w, 1, 0);
                    w.writeBits(0, 0);
                    GolombCodes.writeGolomb(w, 0, 2);
                    w.writeBits(0, 1);
                    w.writeLongBits(0xFFFF_FFFFL, 3);
                    w.writeBits(0xFF, 5);
                }),
                new byte[70_000]);
        SnapshotDecoder decoder = new SnapshotDecoder(reg);
        for (int round = 0; round < 3; round++) {
            for (byte[] in : inputs) {
                long before = THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
                try {
                    decoder.decode(in, 0, in.length);
                    fail("accepted a crafted snapshot");
                } catch (CodecException e) {
                    long used = THREADS.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
                    if (round > 0) {
                        // The exception and its message and stack trace; nothing scaled by the counts.
                        assertTrue(used < 32 * 1024, used + " bytes allocated rejecting: " + e.getMessage());
                    }
                }
            }
        }
        assertEquals(-1, decoder.newestSequence());
    }
}
