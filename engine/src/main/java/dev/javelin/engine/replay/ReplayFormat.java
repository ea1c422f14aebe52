package dev.javelin.engine.replay;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The replay file's constants and its variable-length integers. The layout is in docs/REPLAYS.md: the 8-byte magic
 * {@code JVLNRPL1} in clear, then, deflate-compressed, a header and one record after another, each starting with
 * one of the tags below.
 */
final class ReplayFormat {

    static final byte[] MAGIC = {'J', 'V', 'L', 'N', 'R', 'P', 'L', '1'};
    static final int VERSION = 1;

    /** A player joined: playerId, name, roomId. */
    static final int JOIN = 1;
    /** A player left: playerId. */
    static final int LEAVE = 2;
    /** An input applied: playerId, action index, x, y, step − current step, sequence, view lag. */
    static final int INPUT = 3;
    /** A step ran: its world checksum (the step number is the previous one's plus one). */
    static final int STEP = 4;
    /** A new action name, given the next index. */
    static final int ACTION = 5;
    /** A keyframe after the step just ended: object count, then each object's id and checksum. */
    static final int KEYFRAME = 6;
    /** The end of the recording. */
    static final int END = 0;

    private ReplayFormat() {
    }

    static void writeVarInt(DataOutput out, int value) throws IOException {
        int v = (value << 1) ^ (value >> 31);
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    static int readVarInt(DataInput in) throws IOException {
        int v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return (v >>> 1) ^ -(v & 1);
            }
        }
        throw new IOException("malformed variable-length integer");
    }
}
