package dev.javelin.engine.internal.codec;

import dev.javelin.engine.schema.ClassRegistry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.GameWorld;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The server and client loops as the engines (issue 5) are meant to drive the codec. */
class EngineSyncExampleTest {

    @Test
    void aClientEngineMirrorsTheServerEngineThroughSnapshots() {
        ClassRegistry classes = Fixtures.registry();
        QuantizedTruthTest.ArenaGame server = new QuantizedTruthTest.ArenaGame(classes);
        QuantizedTruthTest.ArenaGame client = new QuantizedTruthTest.ArenaGame(classes);
        Random rnd = new Random(3);
        WorldFrame frame = new WorldFrame(classes);
        SnapshotEncoder encoder = new SnapshotEncoder(classes);
        SnapshotDecoder decoder = new SnapshotDecoder(classes);
        byte[] buf = new byte[1500];
        List<Object> events = new ArrayList<>();
        int sequence = 0;
        for (int step = 1; step <= 300; step++) {
            if (step % 10 == 1) {
                Fixtures.Ship s = new Fixtures.Ship();
                s.position.set(rnd.nextFloat() * 300, rnd.nextFloat() * 300);
                s.velocity.set(rnd.nextFloat() * 20 - 10, rnd.nextFloat() * 20 - 10);
                server.addObject(s);
            }
            if (step % 25 == 0) {
                server.removeObject(server.world().objects().get(0).id());
                Fixtures.Boom boom = new Fixtures.Boom();
                boom.shooter = step;
                encoder.queueEvent(boom, step);
            }
            server.step(false);

            // Server, every snapshot tick: capture once, encode per client.
            frame.capture(server.world().stepCount(), server.world().objects());
            int len = encoder.encode(++sequence, frame, null, buf, 0);

            // Client: decode, mirror creates, destroys and carried states, take the events.
            DecodedSnapshot s = decoder.decode(buf, 0, len);
            if (!s.isStale()) {
                for (GameObject o : s.destroyed()) {
                    client.removeObject(o.id());
                }
                for (GameObject o : s.created()) {
                    client.addObject(o.copy());
                }
                for (GameObject o : s.carried()) {
                    client.world().get(o.id()).syncTo(o);
                }
                events.addAll(s.events());
                client.world().setStepCount(s.step());
            }
            // The client's next input message carries the acknowledgement.
            encoder.acknowledge(decoder.newestSequence());
            if (decoder.fullRequested()) {
                encoder.requestFull();
            }
            assertTrue(s.isComplete());
            States.assertSameStates(server.world().objects(), client.world().objects());
        }
        assertEquals(12, events.size());
        GameWorld w = client.world();
        assertEquals(300, w.stepCount());
    }
}
