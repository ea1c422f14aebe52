package dev.javelin.engine.internal.codec;

import dev.javelin.engine.schema.ClassRegistry;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.GameWorld;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A server world, one client, and the snapshots between them, with no sockets. */
final class Link {

    final ClassRegistry registry;
    final GameWorld world = new GameWorld();
    final WorldFrame frame;
    final SnapshotEncoder encoder;
    final SnapshotDecoder decoder;
    final byte[] buffer = new byte[65536];
    int sequence;
    int step;
    /** The objects relevant to the client, or null for all. */
    List<GameObject> relevant;

    Link(ClassRegistry registry, int budget, int window) {
        this(registry, new SnapshotEncoder(registry, budget, window, 64), new SnapshotDecoder(registry));
    }

    Link(ClassRegistry registry, SnapshotEncoder encoder, SnapshotDecoder decoder) {
        this.registry = registry;
        this.frame = new WorldFrame(registry);
        this.encoder = encoder;
        this.decoder = decoder;
    }

    Link(int budget) {
        this(Fixtures.registry(), budget, SnapshotEncoder.DEFAULT_WINDOW);
    }

    <T extends GameObject> T add(T o) {
        world.add(o);
        registry.snap(o);
        return o;
    }

    /** Snaps the world (as the engine does after a step), captures it and encodes the next snapshot. */
    byte[] send() {
        step++;
        registry.snapAll(world.objects());
        frame.capture(step, world.objects());
        int n = encoder.encode(++sequence, frame, relevant, buffer, 0);
        return Arrays.copyOf(buffer, n);
    }

    DecodedSnapshot deliver(byte[] snapshot) {
        return decoder.decode(snapshot, 0, snapshot.length);
    }

    void ack() {
        encoder.acknowledge(decoder.newestSequence());
    }

    /** Send, deliver, acknowledge. */
    DecodedSnapshot roundTrip() {
        DecodedSnapshot r = deliver(send());
        ack();
        return r;
    }

    /** The server's networked objects the client should hold, ascending ids. */
    List<GameObject> expected() {
        List<GameObject> out = new ArrayList<>();
        for (GameObject o : relevant == null ? world.objects() : relevant) {
            if (registry.isRegistered(o.getClass())) {
                out.add(o);
            }
        }
        return out;
    }
}
