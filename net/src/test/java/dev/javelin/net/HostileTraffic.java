package dev.javelin.net;

import dev.javelin.engine.protocol.InputMessage;
import dev.javelin.engine.protocol.JoinRequest;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.protocol.SnapshotPacket;
import dev.javelin.engine.protocol.Welcome;
import dev.javelin.engine.transport.Channel;
import dev.javelin.engine.transport.MessageRegistry;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * What scanners and broken or malicious programs send to a game server's ports, on 127.0.0.1 only: random and
 * almost-right datagrams, and TCP connections carrying HTTP and TLS hellos, oversized and lying length fields,
 * unregistered class ids, game messages before the handshake, or nothing at all; and what a cheater who has
 * joined sends.
 */
final class HostileTraffic {

    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    /** The start of a real TLS 1.2 ClientHello record. */
    static final byte[] TLS_HELLO = {0x16, 0x03, 0x01, 0x00, (byte) 0xa5, 0x01, 0x00, 0x00, (byte) 0xa1, 0x03, 0x03,
            0x5c, 0x2a, 0x11, 0x7e, 0x00, 0x00, 0x20, 0x13, 0x01, 0x13, 0x02, 0x13, 0x03, (byte) 0xc0, 0x2b};
    static final byte[] HTTP_GET = ("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: Mozilla/5.0 zgrab/0.x\r\n"
            + "Accept: */*\r\n\r\n").getBytes(StandardCharsets.US_ASCII);

    /** Kinds of junk connection, one per {@code i % JUNK_KINDS}. */
    static final int JUNK_KINDS = 9;

    private HostileTraffic() {
    }

    /**
     * Sends {@code count} datagrams to {@code port}: random bytes, datagrams with Javelin's header and garbage,
     * tokened ones with guessed ids and tokens, tokened ones with a real peer's id and token but an undecodable
     * body (when {@code peer} is not null), and oversized ones.
     */
    static void udpFlood(int port, int count, long seed, RawPeer peer) throws IOException {
        Random random = new Random(seed);
        byte[] buffer = new byte[9000];
        try (DatagramSocket socket = new DatagramSocket(0, LOOPBACK)) {
            socket.setSendBufferSize(1 << 20);
            for (int i = 0; i < count; i++) {
                int length = 1 + random.nextInt(1400);
                random.nextBytes(buffer);
                switch (i % 8) {
                    case 4 -> buffer[0] = (byte) (Wire.HEADER_MAGIC | random.nextInt(3));
                    case 5 -> {
                        buffer[0] = (byte) (Wire.HEADER_MAGIC | Wire.TOKENED | Wire.KIND_UNRELIABLE);
                        Wire.putInt(buffer, 1, 1 + random.nextInt(8)); // the honest clients' ids among them
                    }
                    case 6 -> length = 1401 + random.nextInt(buffer.length - 1401);
                    case 7 -> {
                        if (peer != null) {
                            peer.sendTokenedDatagram(Wire.HEADER_MAGIC | Wire.TOKENED | Wire.KIND_UNRELIABLE,
                                    Arrays.copyOf(buffer, length));
                            continue;
                        }
                    }
                    default -> {
                    }
                }
                socket.send(new DatagramPacket(buffer, length, LOOPBACK, port));
            }
        }
    }

    /** The bytes a junk connection of kind {@code i % JUNK_KINDS} sends. */
    static byte[] junk(int i, Random random) {
        return switch (i % JUNK_KINDS) {
            case 0 -> HTTP_GET;
            case 1 -> TLS_HELLO;
            case 2 -> withLength(0x7fff_ffff, random, 64); // far beyond any buffer
            case 3 -> withLength(-5, random, 16); // negative
            case 4 -> withLength(20_000, random, 1000); // more than the largest frame, and not all of it
            case 5 -> unregisteredClassId();
            case 6 -> frame(new byte[] {(byte) (Wire.HEADER_MAGIC | Wire.KIND_RELIABLE), 1, 2}); // a length that lies short
            case 7 -> gameMessageBeforeHandshake();
            default -> {
                byte[] b = new byte[1 + random.nextInt(2000)];
                random.nextBytes(b);
                yield b;
            }
        };
    }

    /** A 4-byte length field of {@code length} followed by {@code bodyBytes} random bytes. */
    static byte[] withLength(int length, Random random, int bodyBytes) {
        byte[] b = new byte[4 + bodyBytes];
        random.nextBytes(b);
        Wire.putInt(b, 0, length);
        return b;
    }

    /** A well-framed reliable game frame naming class id 5000, which no registry holds. */
    static byte[] unregisteredClassId() {
        // Kryo writes a class id as a varint of id + 2: 5002 = 0x8a 0x27.
        return frame(new byte[] {(byte) (Wire.HEADER_MAGIC | Wire.KIND_RELIABLE), (byte) 0x8a, 0x27, 1, 2, 3});
    }

    /** A frame holding a JoinRequest, sent before KryoNet's registration and Javelin's Hello. */
    static byte[] gameMessageBeforeHandshake() {
        FrameEncoder encoder = new FrameEncoder(Protocol.registry(), 16 * 1024);
        encoder.encodeMessage(new JoinRequest("eager", null, 0), Channel.RELIABLE, false, 0, 0);
        return frame(Arrays.copyOf(encoder.bytes(), encoder.length()));
    }

    /** {@code body} behind a length field that tells the truth about it. */
    static byte[] frame(byte[] body) {
        byte[] b = new byte[4 + body.length];
        Wire.putInt(b, 0, body.length);
        System.arraycopy(body, 0, b, 4, body.length);
        return b;
    }

    /**
     * Opens {@code count} junk connections (kinds {@code first % JUNK_KINDS} on), each writing its junk and
     * closing at once, as a scanner does.
     */
    static void junkConnections(int port, int first, int count, long seed) {
        Random random = new Random(seed);
        for (int i = first; i < first + count; i++) {
            try (Socket s = new Socket(LOOPBACK, port)) {
                s.setSoLinger(true, 0); // a reset, as scanners do, so no TIME_WAIT piles up
                OutputStream out = s.getOutputStream();
                out.write(junk(i, random));
                out.flush();
            } catch (IOException e) {
                // the server may reset first; that is its right
            }
        }
    }

    /**
     * An input as a cheater's client writes it: the wire layout of {@link dev.javelin.engine.world.Input} (action, x, y,
     * step, sequence; the components' order is the wire order) with none of its checks, so it can carry what the
     * real class refuses to construct.
     */
    record WireInput(String action, float x, float y, int step, int sequence, float viewLag) {
    }

    private static WireInput forged(int sequence, int step, String action, float x, float y) {
        return new WireInput(action, x, y, step, sequence, 0f);
    }

    /** {@link InputMessage}'s wire layout over forged inputs. */
    record ForgedInputMessage(int snapshotAck, long clientTimeNanos, boolean wantFull, WireInput[] inputs) {
    }

    /** The real protocol's ids with the forged input classes in place of the real ones. */
    static MessageRegistry forgedRegistry() {
        return MessageRegistry.builder()
                .register(1, JoinRequest.class)
                .register(2, Welcome.class)
                .register(3, WireInput.class)
                .register(4, WireInput[].class)
                .register(5, ForgedInputMessage.class)
                .register(6, SnapshotPacket.class)
                .build();
    }

    /**
     * Mallory, joined as a player, sends everything a cheater might: inputs naming other players' objects, stamped
     * a million steps ahead or at the dawn of time, out of range, not finite, unknown, unnamed, overlong, out of
     * step order, far more than the rate allows (over UDP and over TCP), messages that are too big, of the wrong
     * type, a second join, forged acknowledgements.
     */
    static void cheat(RawPeer mallory, int serverStep, int[] honestAvatars, int datagrams, int tcpMessages)
            throws IOException {
        long start = System.nanoTime();
        Random r = new Random(7);
        int sequence = 1;
        for (int k = 0; k < datagrams; k++) {
            int step = serverStep + (int) ((System.nanoTime() - start) / 16_666_667L);
            WireInput[] entries = new WireInput[16];
            for (int j = 0; j < entries.length; j++) {
                int seq = sequence++;
                entries[j] = switch (j % 9) {
                    case 0 -> forged(seq, step, "nudge", honestAvatars[r.nextInt(honestAvatars.length)], 0);
                    case 1 -> forged(seq, step + 1_000_000, "move", 0, 0);
                    case 2 -> forged(seq, Integer.MIN_VALUE, "move", 0.1f, 0);
                    case 3 -> forged(seq, step, "move", 1e9f, 0);
                    case 4 -> forged(seq, step, "warp", 0, 0);
                    case 5 -> forged(seq, step, "move", Float.NaN, Float.POSITIVE_INFINITY);
                    case 6 -> forged(seq, step, null, 0, 0);
                    case 7 -> forged(seq, step, "m".repeat(40), 0, 0);
                    default -> forged(seq, step - 500, "move", 0, 0.1f); // behind the ones before it
                };
            }
            mallory.sendDatagram(new ForgedInputMessage(r.nextInt(), r.nextLong(), k % 100 == 0, entries));
        }
        try {
            for (int k = 0; k < tcpMessages; k++) {
                int n = k % 2 == 0 ? InputMessage.MAX_INPUTS + 16 : InputMessage.MAX_INPUTS;
                WireInput[] entries = new WireInput[n];
                for (int j = 0; j < n; j++) {
                    entries[j] = forged(sequence++, serverStep, "nudge", honestAvatars[0], 0);
                }
                mallory.sendReliable(new ForgedInputMessage(-1, 0, false, entries));
            }
            mallory.sendReliable(new JoinRequest("mallory again", null, 0));
            mallory.sendReliable(new Welcome(1, 1, 60, 3, 20, 0, 0));
            mallory.sendReliable(new SnapshotPacket(0, 0, 0, new byte[100]));
            mallory.sendReliable(new ForgedInputMessage(0, 0, false, null));
        } catch (java.net.SocketException closed) {
            // The server may hang up on a peer whose TCP stream holds a malformed (oversized) message before the
            // rest is written: that is a defence, not a failure. When it does depends on how fast it reads.
        }
    }

    /** Sockets held open by the attacker, to see whether the server closes them. */
    static final class Held implements AutoCloseable {
        final List<Socket> sockets = new ArrayList<>();

        /** {@code count} connections that never say anything. */
        static Held silent(int port, int count) throws IOException {
            Held h = new Held();
            for (int i = 0; i < count; i++) {
                h.sockets.add(new Socket(LOOPBACK, port));
            }
            return h;
        }

        /**
         * {@code count} half-open connections: half send half a length field and close their sending side (a
         * FIN, the reading side stays open), half send a frame header promising 1,000 bytes, send 10, and go
         * quiet for good (a peer that vanished mid-frame).
         */
        static Held halfOpen(int port, int count) throws IOException {
            Held h = new Held();
            for (int i = 0; i < count; i++) {
                Socket s = new Socket(LOOPBACK, port);
                h.sockets.add(s);
                if (i % 2 == 0) {
                    s.getOutputStream().write(new byte[] {0, 0});
                    s.shutdownOutput();
                } else {
                    byte[] partial = new byte[14];
                    Wire.putInt(partial, 0, 1000);
                    partial[4] = (byte) (Wire.HEADER_MAGIC | Wire.KIND_RELIABLE);
                    s.getOutputStream().write(partial);
                }
            }
            return h;
        }

        /**
         * How many of the sockets the server closed within {@code millis} (each read ends in end-of-stream or a
         * reset); the rest are counted as left open.
         */
        int closedByServerWithin(long millis) throws IOException {
            long deadline = System.currentTimeMillis() + millis;
            int closed = 0;
            byte[] sink = new byte[512];
            for (Socket s : sockets) {
                try {
                    InputStream in = s.getInputStream();
                    while (true) {
                        int left = (int) (deadline - System.currentTimeMillis());
                        if (left <= 0) {
                            break;
                        }
                        s.setSoTimeout(left);
                        if (in.read(sink) < 0) {
                            closed++;
                            break;
                        }
                    }
                } catch (SocketTimeoutException e) {
                    // still open at the deadline
                } catch (IOException reset) {
                    closed++;
                }
            }
            return closed;
        }

        @Override
        public void close() {
            for (Socket s : sockets) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // already reset by the server
                }
            }
        }
    }
}
