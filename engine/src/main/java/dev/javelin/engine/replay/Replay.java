package dev.javelin.engine.replay;

import dev.javelin.engine.world.Input;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.InflaterInputStream;

/**
 * A recorded session, read whole into memory (two minutes of eight players are a few hundred kilobytes at most).
 * Immutable once read; any thread.
 */
public final class Replay {

    /** Something that happened before a step's simulation, in the order the server did it. */
    public sealed interface Event permits Joined, Left, Applied {
    }

    /** A player joined. */
    public record Joined(int playerId, String name, int roomId) implements Event {
    }

    /** A player left. */
    public record Left(int playerId) implements Event {
    }

    /**
     * The server applied {@code input} of {@code playerId}; {@code offset} is where its record starts in the
     * decompressed body (for tools that edit a recording).
     */
    public record Applied(int playerId, Input input, long offset) implements Event {
    }

    /** One server step: the events before it and the world checksum at its end. */
    public record Frame(int step, List<Event> events, int checksum) {
    }

    /** Each object's checksum after step {@code step}, ids ascending. */
    public record Keyframe(int step, int[] ids, int[] checksums) {
        /** The checksum of object {@code id}, or null if it was not in the world. */
        public Integer checksumOf(int id) {
            int i = Arrays.binarySearch(ids, id);
            return i < 0 ? null : checksums[i];
        }
    }

    private final String gameClass;
    private final int stepRate;
    private final long seed;
    private final long fingerprint;
    private final int startStep;
    private final int keyframeSteps;
    private final int startChecksum;
    private final Keyframe start;
    private final List<Frame> frames;
    private final Map<Integer, Keyframe> keyframes;
    private final boolean complete;

    private Replay(String gameClass, int stepRate, long seed, long fingerprint, int startStep, int keyframeSteps,
                   int startChecksum, Keyframe start, List<Frame> frames, Map<Integer, Keyframe> keyframes,
                   boolean complete) {
        this.gameClass = gameClass;
        this.stepRate = stepRate;
        this.seed = seed;
        this.fingerprint = fingerprint;
        this.startStep = startStep;
        this.keyframeSteps = keyframeSteps;
        this.startChecksum = startChecksum;
        this.start = start;
        this.frames = List.copyOf(frames);
        this.keyframes = Map.copyOf(keyframes);
        this.complete = complete;
    }

    /**
     * Reads a recording. A file cut short (a server that died) is read up to its last whole record and marked
     * incomplete; anything else malformed is an IOException saying what and where.
     */
    public static Replay read(byte[] file) throws IOException {
        if (file.length < ReplayFormat.MAGIC.length
                || !Arrays.equals(Arrays.copyOf(file, ReplayFormat.MAGIC.length), ReplayFormat.MAGIC)) {
            throw new IOException("not a Javelin replay (no JVLNRPL1 magic)");
        }
        CountingInput counted = new CountingInput(new InflaterInputStream(
                new ByteArrayInputStream(file, ReplayFormat.MAGIC.length, file.length - ReplayFormat.MAGIC.length)));
        DataInputStream in = new DataInputStream(counted);
        int version = in.readInt();
        if (version != ReplayFormat.VERSION) {
            throw new IOException("replay format version " + version + ", this reader knows " + ReplayFormat.VERSION);
        }
        String gameClass = in.readUTF();
        int stepRate = in.readInt();
        long seed = in.readLong();
        long fingerprint = in.readLong();
        int startStep = in.readInt();
        int keyframeSteps = in.readInt();
        int startChecksum = in.readInt();
        Keyframe start = readKeyframe(in, startStep);
        List<Frame> frames = new ArrayList<>();
        Map<Integer, Keyframe> keyframes = new HashMap<>();
        List<String> actions = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        int step = startStep;
        boolean complete = false;
        try {
            while (!complete) {
                long offset = counted.count;
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case ReplayFormat.END -> complete = true;
                    case ReplayFormat.JOIN -> events.add(new Joined(ReplayFormat.readVarInt(in), in.readUTF(),
                            ReplayFormat.readVarInt(in)));
                    case ReplayFormat.LEAVE -> events.add(new Left(ReplayFormat.readVarInt(in)));
                    case ReplayFormat.ACTION -> actions.add(in.readUTF());
                    case ReplayFormat.INPUT -> {
                        int player = ReplayFormat.readVarInt(in);
                        int action = ReplayFormat.readVarInt(in);
                        if (action < 0 || action >= actions.size()) {
                            throw new IOException("input at byte " + offset + " names action " + action + " of "
                                    + actions.size());
                        }
                        float x = in.readFloat();
                        float y = in.readFloat();
                        int inputStep = step + 1 + ReplayFormat.readVarInt(in);
                        int sequence = ReplayFormat.readVarInt(in);
                        float viewLag = in.readFloat();
                        try {
                            events.add(new Applied(player, new Input(actions.get(action), x, y, inputStep, sequence,
                                    viewLag), offset));
                        } catch (IllegalArgumentException e) {
                            throw new IOException("input at byte " + offset + " is invalid: " + e.getMessage());
                        }
                    }
                    case ReplayFormat.STEP -> {
                        step++;
                        frames.add(new Frame(step, List.copyOf(events), in.readInt()));
                        events.clear();
                    }
                    case ReplayFormat.KEYFRAME -> keyframes.put(step, readKeyframe(in, step));
                    default -> throw new IOException("unknown record tag " + tag + " at byte " + offset
                            + " of the replay body");
                }
            }
        } catch (EOFException e) {
            complete = false;
        }
        return new Replay(gameClass, stepRate, seed, fingerprint, startStep, keyframeSteps, startChecksum, start,
                frames, keyframes, complete);
    }

    private static Keyframe readKeyframe(DataInputStream in, int step) throws IOException {
        int n = ReplayFormat.readVarInt(in);
        if (n < 0 || n > 1 << 20) {
            throw new IOException("keyframe of step " + step + " claims " + n + " objects");
        }
        int[] ids = new int[n];
        int[] sums = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = ReplayFormat.readVarInt(in);
            sums[i] = in.readInt();
        }
        return new Keyframe(step, ids, sums);
    }

    /** The recorded game's class name. */
    public String gameClass() {
        return gameClass;
    }

    public int stepRate() {
        return stepRate;
    }

    public long seed() {
        return seed;
    }

    /** The class registry's fingerprint the server ran with. */
    public long fingerprint() {
        return fingerprint;
    }

    /** The server's step count when recording began. */
    public int startStep() {
        return startStep;
    }

    public int keyframeSteps() {
        return keyframeSteps;
    }

    /** The world checksum when recording began. */
    public int startChecksum() {
        return startChecksum;
    }

    /** Each object's checksum when recording began. */
    public Keyframe start() {
        return start;
    }

    /** The steps, in order. */
    public List<Frame> frames() {
        return frames;
    }

    /** The keyframe after {@code step}, or null. */
    public Keyframe keyframe(int step) {
        return keyframes.get(step);
    }

    /** False when the file ended without its end record (the recording server stopped abruptly). */
    public boolean isComplete() {
        return complete;
    }

    /** Recorded game time, in seconds. */
    public double seconds() {
        return (double) frames.size() / stepRate;
    }

    private static final class CountingInput extends FilterInputStream {
        long count;

        CountingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
