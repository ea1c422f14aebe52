package dev.javelin.engine.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** An encoder holds the baselines a client may still use, and a few spares: not its worst stall's worth. */
class BaselineMemoryTest {

    private static Link world() {
        Link link = new Link(Fixtures.registry(), 1200, 16);
        for (int i = 0; i < 20; i++) {
            link.add(new Fixtures.Ship()).position.set(i * 3, i);
        }
        return link;
    }

    private static void move(Link link, int s) {
        for (var o : link.world.objects()) {
            ((Fixtures.Ship) o).position.x += (s % 7) * 0.25f;
        }
    }

    @Test
    void aClientThatNeverAcknowledgesCostsAWindowOfBaselinesNotTheWholeRing() {
        Link link = world();
        for (int s = 0; s < 200; s++) {
            move(link, s);
            link.deliver(link.send());
        }
        // The 16 usable ones, the newest sent, and the one just expired at most.
        assertTrue(link.encoder.viewsHeld() <= 16 + 2, "held " + link.encoder.viewsHeld());
    }

    @Test
    void afterStallsTheEncoderKeepsOnlyAFewSpareBaselines() {
        Link link = world();
        Random rnd = new Random(3);
        int stall = 0;
        for (int s = 0; s < 2000; s++) {
            move(link, s);
            link.deliver(link.send());
            if (stall > 0) {
                stall--;          // the client's acknowledgements are held up
            } else {
                link.ack();
                if (rnd.nextInt(50) == 0) {
                    stall = 5 + rnd.nextInt(12);
                }
            }
        }
        link.ack();
        move(link, 2000);
        link.deliver(link.send());
        link.ack();
        // In use: the acknowledged baseline and the newest sent; then the spares.
        assertTrue(link.encoder.viewsHeld() <= 2 + SnapshotEncoder.MAX_SPARE_VIEWS, "held " + link.encoder.viewsHeld());
        // And the client is still in step: the last snapshot was a delta it decoded against its baseline.
        assertEquals(link.sequence, link.decoder.newestSequence());
    }
}
