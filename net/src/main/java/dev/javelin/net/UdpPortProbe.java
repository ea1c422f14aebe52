package dev.javelin.net;

import com.esotericsoftware.kryonet.Connection;
import com.esotericsoftware.kryonet.Listener;
import dev.javelin.engine.transport.DisconnectReason;
import dev.javelin.engine.transport.DisconnectReason.Cause;
import dev.javelin.engine.transport.TransportException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Learns a server's UDP port from its TCP port, so that a player needs to know only {@code host:port}: it
 * connects over TCP alone and says {@link Wire.Hello}; a server sees a hello with no UDP registration and
 * answers {@link Wire.UdpPort} (or a {@link Wire.Reject} if the versions or registries differ), then closes. The
 * probe costs one round trip and one short TCP connection before the real connect.
 *
 * <p>Threads: the calling thread only, which it blocks until the answer, a refusal or the timeout.
 */
final class UdpPortProbe {

    private UdpPortProbe() {
    }

    /** The UDP port of the Javelin server at {@code host:tcpPort}; throws a {@link TransportException} if none. */
    static int ask(WireFormat format, KryoNetOptions options, int protocolVersion, String host, int tcpPort,
                   Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String where = host + ":" + tcpPort;
        SafeClient kryo = new SafeClient(options.tcpWriteBufferBytes(), format.objectBufferBytes(),
                new WireSerialization(format));
        AtomicReference<Object> answer = new AtomicReference<>();
        kryo.addListener(new Listener() {
            @Override
            public void received(Connection connection, Object object) {
                if (object instanceof WireSerialization.Inbound in
                        && (in.message instanceof Wire.UdpPort || in.message instanceof Wire.Reject)) {
                    answer.set(in.message);
                }
            }
        });
        Thread updates = new Thread(kryo, "javelin-net-udp-port-probe");
        updates.setDaemon(true);
        updates.start();
        try {
            try {
                kryo.connect((int) Math.max(1, timeout.toMillis()), host, tcpPort);
            } catch (IOException e) {
                throw new TransportException(DisconnectReason.of(Cause.UNREACHABLE, "cannot connect to " + where + ": "
                        + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage())), e);
            }
            kryo.sendTCP(format.encoder().encodeInternal(
                    new Wire.Hello(Wire.MAGIC, protocolVersion, format.registry().fingerprint()), false, 0, 0));
            while (answer.get() == null && kryo.isConnected() && System.nanoTime() < deadline) {
                LockSupport.parkNanos(1_000_000L);
            }
        } finally {
            kryo.stop();
            kryo.close();
            try {
                updates.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            kryo.dispose();
        }
        Object reply = answer.get();
        if (reply instanceof Wire.UdpPort p) {
            return p.udpPort();
        }
        if (reply instanceof Wire.Reject r) {
            throw new TransportException(DisconnectReason.of(r.code() == Wire.REJECT_VERSION ? Cause.VERSION_MISMATCH
                    : Cause.HANDSHAKE_REJECTED, r.detail()));
        }
        throw new TransportException(DisconnectReason.of(Cause.TIMED_OUT, "no answer from " + where
                + " to the UDP port question within " + timeout.toMillis() + " ms (is it a Javelin server?)"));
    }
}
