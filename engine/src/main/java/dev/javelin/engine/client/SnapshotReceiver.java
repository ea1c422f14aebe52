package dev.javelin.engine.client;

import dev.javelin.engine.EngineEvents;
import dev.javelin.engine.GameEngine;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.schema.ClassRegistry;
import dev.javelin.engine.internal.codec.DecodedSnapshot;
import dev.javelin.engine.internal.codec.SnapshotDecoder;
import dev.javelin.engine.sync.WorldUpdate;
import java.util.ArrayList;
import java.util.List;

/**
 * The client's side of the snapshot codec: decodes snapshot bytes against the client's baselines and
 * turns each into a {@link WorldUpdate} of fresh copies the strategies may keep. Threads: the client's
 * simulation thread.
 */
final class SnapshotReceiver {

    private final ClassRegistry classes;
    private final SnapshotDecoder decoder;

    SnapshotReceiver(GameEngine game) {
        this.classes = game.classes();
        this.decoder = new SnapshotDecoder(classes);
    }

    /**
     * Decodes one snapshot; null if it is stale (older than one already applied).
     *
     * @throws dev.javelin.engine.internal.wire.CodecException on malformed bytes (DesyncException on a checksum mismatch)
     */
    WorldUpdate decode(byte[] data, int length, EngineEvents.GameEventListener onEvent) {
        DecodedSnapshot s = decoder.decode(data, 0, length);
        if (s.isStale()) {
            return null;
        }
        for (int i = 0; i < s.events().size(); i++) {
            onEvent.onEvent(s.events().get(i), s.eventStep(i));
        }
        List<GameObject> carried = new ArrayList<>(s.carried().size());
        for (GameObject o : s.carried()) {
            // Made by the registered factory, like the decoder's own objects (a class need not have a
            // no-argument constructor), then given the decoded state by the generated copy.
            GameObject copy = (GameObject) classes.newInstanceOf(o.getClass());
            copy.syncTo(o);
            carried.add(copy);
        }
        List<GameObject> destroyedObjects = s.destroyed();
        int[] destroyed = new int[destroyedObjects.size()];
        for (int i = 0; i < destroyed.length; i++) {
            destroyed[i] = destroyedObjects.get(i).id();
        }
        return new WorldUpdate(s.sequence(), s.step(), carried, destroyed, new ArrayList<>(s.events()));
    }

    /** The newest sequence decoded: what the client acknowledges. */
    int newestSequence() {
        return decoder.newestSequence();
    }

    boolean fullRequested() {
        return decoder.fullRequested();
    }
}
