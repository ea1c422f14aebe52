package dev.javelin.net;

/**
 * The byte layout of Javelin's KryoNet protocol and its internal messages.
 *
 * <p>Every frame (a TCP message after KryoNet's 4-byte length, or a whole UDP datagram) starts with one header
 * byte: {@code 0xA0 | flags}. The high nibble is a magic that rejects most stray bytes at once; the low bits
 * say what follows: {@link #KIND_INTERNAL} (a KryoNet framework message or one of the records below),
 * {@link #KIND_RELIABLE} or {@link #KIND_UNRELIABLE} (a game message, telling the receiver which channel it
 * was sent on), and {@link #TOKENED}: a datagram from a client, where the connection id (4 bytes) and the
 * connection's secret token (4 bytes) follow, so the server routes it in O(1) and ignores spoofed datagrams.
 * Then comes the message, written by Kryo 5 with registered class ids.
 */
final class Wire {

    /** Identifies a Javelin client in {@link Hello}: "JAVL". */
    static final int MAGIC = 0x4A41564C;
    /** The version of this protocol; a peer with another version is rejected with a clear reason. */
    static final int PROTOCOL_VERSION = 1;

    static final int HEADER_MAGIC = 0xA0;
    static final int HEADER_MAGIC_MASK = 0xF0;
    static final int KIND_MASK = 0x03;
    static final int KIND_INTERNAL = 0;
    static final int KIND_RELIABLE = 1;
    static final int KIND_UNRELIABLE = 2;
    static final int TOKENED = 0x08;
    /** Header byte plus connection id plus token. */
    static final int TOKENED_PREFIX_BYTES = 9;

    /** Kryo ids of the built-in array and list types. */
    static final int FIRST_BUILT_IN_ID = 32;
    /** Kryo id of MessageRegistry id 0; registry ids are offset by this much. */
    static final int USER_ID_BASE = 64;
    /** Deepest nesting a decoder accepts (a guard against stack exhaustion by hostile bytes). */
    static final int MAX_DEPTH = 16;

    private Wire() {
    }

    /** A client introduces itself over TCP, after KryoNet's own registration. */
    record Hello(int magic, int version, long registryFingerprint) {
    }

    /** The server accepts: the client's connection id, the token for its datagrams, the server's clock. */
    record ConnectionAccepted(int connectionId, int token, long serverNanos) {
    }

    /** The server refuses a client; {@code code} is one of the {@code REJECT_*} constants. */
    record Reject(int code, String detail) {
    }

    /**
     * The server's answer to a {@link Hello} that came before any UDP registration: a client that knows only
     * the TCP port asks this way (over TCP alone) and then connects for real with {@code udpPort}.
     */
    record UdpPort(int udpPort) {
    }

    static final int REJECT_HANDSHAKE = 0;
    static final int REJECT_VERSION = 1;

    /** Either side ends the connection on purpose; {@code code} is one of the {@code GOODBYE_*} constants. */
    record Goodbye(int code, String detail) {
    }

    static final int GOODBYE_LEAVE = 0;
    static final int GOODBYE_SHUTDOWN = 1;

    /** A round-trip probe: {@code originNanos} is the sender's clock when sent. */
    record ClockPing(long originNanos) {
    }

    /** The answer to a {@link ClockPing}: its origin, and the responder's clock when it answered. */
    record ClockPong(long originNanos, long responderNanos) {
    }

    /** A detail text cut to a length that fits any frame. */
    static String shortText(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 200 ? text : text.substring(0, 200);
    }

    /** Writes {@code value} big-endian at {@code offset}. */
    static void putInt(byte[] bytes, int offset, int value) {
        bytes[offset] = (byte) (value >>> 24);
        bytes[offset + 1] = (byte) (value >>> 16);
        bytes[offset + 2] = (byte) (value >>> 8);
        bytes[offset + 3] = (byte) value;
    }

    /** Reads a big-endian int at {@code offset}. */
    static int getInt(byte[] bytes, int offset) {
        return (bytes[offset] & 0xff) << 24 | (bytes[offset + 1] & 0xff) << 16 | (bytes[offset + 2] & 0xff) << 8
                | (bytes[offset + 3] & 0xff);
    }
}
