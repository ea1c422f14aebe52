package dev.javelin.net;

import com.esotericsoftware.kryonet.Client;
import dev.javelin.engine.transport.Channel;
import dev.javelin.engine.transport.DisconnectReason.Cause;
import dev.javelin.engine.transport.MessageRegistry;
import dev.javelin.engine.transport.Recorder;
import dev.javelin.engine.transport.TestMessages;
import dev.javelin.engine.transport.TestMessages.Chat;
import dev.javelin.engine.transport.TransportClient;
import dev.javelin.engine.transport.TransportException;
import dev.javelin.engine.transport.TransportServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Clients that are not Javelin clients, or not this version, are turned away and logged, and the server keeps
 * serving real clients: an HTTP request, a TLS ClientHello, a silent TCP client, random datagrams, a plain
 * KryoNet client, an older protocol version, a different message registry.
 */
class KryoNetStrayClientTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final KryoNetOptions OPTIONS = KryoNetOptions.defaults()
            .withHandshakeTimeout(Duration.ofMillis(300));

    private final KryoNetTransport transport = new KryoNetTransport(TestMessages.registry(), OPTIONS);
    private TransportServer server;
    private final Recorder serverEvents = new Recorder();

    @BeforeEach
    void bind() throws IOException {
        server = transport.bind("127.0.0.1", 0, 0);
    }

    @AfterEach
    void close() {
        server.close();
    }

    /** After the stray, a real client still connects and exchanges messages, and the stray left no event. */
    private void serverStillServes() throws IOException {
        try (TransportClient client = transport.connect("127.0.0.1", server.tcpPort(), server.udpPort(), WAIT)) {
            client.send(new Chat("still fine", 1), Channel.RELIABLE);
            client.send(new Chat("udp too", 2), Channel.UNRELIABLE);
            serverEvents.pollUntil(server::poll, r -> r.messages().size() == 2, WAIT, "messages from a real client");
        }
        assertEquals(1, serverEvents.count("connected"), "only the real client connected: " + serverEvents.events());
    }

    /** Sends {@code bytes} over a raw TCP socket and returns true if the server closed it within the wait. */
    private boolean serverHangsUpOn(byte[] bytes) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.tcpPort())) {
            socket.setSoTimeout((int) WAIT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(bytes);
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] sink = new byte[256];
            try {
                while (in.read(sink) >= 0) {
                    // KryoNet's own registration frame may come first; read until the server hangs up.
                }
                return true;
            } catch (SocketTimeoutException e) {
                return false;
            } catch (IOException reset) {
                return true;
            }
        }
    }

    @Test
    void anHttpRequestIsDroppedAndTheServerKeepsServing() throws IOException {
        assertTrue(serverHangsUpOn("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
        serverStillServes();
    }

    @Test
    void aTlsClientHelloIsDroppedAndTheServerKeepsServing() throws IOException {
        byte[] hello = {0x16, 0x03, 0x01, 0x00, (byte) 0xa5, 0x01, 0x00, 0x00, (byte) 0xa1, 0x03, 0x03, 1, 2, 3, 4};
        assertTrue(serverHangsUpOn(hello));
        serverStillServes();
    }

    @Test
    void aSilentTcpClientIsDroppedAfterTheHandshakeTimeout() throws IOException {
        long start = System.nanoTime();
        assertTrue(serverHangsUpOn(new byte[0]));
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(tookMillis >= 250 && tookMillis < 3_000, "dropped after " + tookMillis + " ms");
        serverStillServes();
    }

    @Test
    void randomDatagramsAreIgnoredAndNeverAnswered() throws IOException {
        KryoNetServer kryoServer = (KryoNetServer) server;
        Random random = new Random(1);
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            InetAddress loopback = InetAddress.getLoopbackAddress();
            int sent = 0;
            for (int i = 0; i < 200; i++) {
                byte[] junk = new byte[1 + random.nextInt(1400)];
                random.nextBytes(junk);
                if (i % 4 == 0) {
                    junk[0] = (byte) (0xA8 | random.nextInt(3)); // looks tokened, wrong token
                }
                socket.send(new DatagramPacket(junk, junk.length, loopback, server.udpPort()));
                sent++;
            }
            byte[] http = "GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
            socket.send(new DatagramPacket(http, http.length, loopback, server.udpPort()));
            sent++;
            int expected = sent;
            Recorder.await(() -> kryoServer.strayDatagrams() == expected, WAIT, "every datagram counted as stray");
            socket.setSoTimeout(200);
            assertThrows(SocketTimeoutException.class, () -> socket.receive(new DatagramPacket(new byte[2048], 2048)),
                    "the server never answers a stray datagram");
        }
        serverStillServes();
    }

    @Test
    void scannersThatResetAtOnceLeaveNothingBehind() throws IOException {
        KryoNetServer kryoServer = (KryoNetServer) server;
        for (int i = 0; i < 300; i++) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.tcpPort())) {
                socket.setSoLinger(true, 0); // close with a reset, often before the server has accepted
            }
        }
        Recorder.await(() -> kryoServer.refusedConnections() == 300, WAIT, "every scan counted as refused");
        Recorder.await(() -> kryoServer.connectionsHeld() == 0, WAIT,
                "no connection (nor its buffers) kept");
        serverStillServes();
    }

    @Test
    void aPlainKryoNetClientCannotConnect() throws IOException {
        Client plain = new Client();
        plain.start();
        try {
            assertThrows(IOException.class, () -> plain.connect(1_000, "127.0.0.1", server.tcpPort(), server.udpPort()));
        } finally {
            plain.stop();
            plain.dispose();
        }
        serverStillServes();
    }

    @Test
    void anOlderProtocolVersionIsRejectedWithBothVersionsNamed() throws IOException {
        KryoNetTransport old = new KryoNetTransport(TestMessages.registry(), OPTIONS, Wire.PROTOCOL_VERSION - 1);
        TransportException e = assertThrows(TransportException.class,
                () -> old.connect("127.0.0.1", server.tcpPort(), server.udpPort(), WAIT));
        assertEquals(Cause.VERSION_MISMATCH, e.reason().cause());
        assertTrue(e.reason().detail().contains("version " + Wire.PROTOCOL_VERSION + ", client "
                + (Wire.PROTOCOL_VERSION - 1)), e.reason().detail());
        serverStillServes();
    }

    @Test
    void aClientWithAnotherMessageRegistryIsRejected() throws IOException {
        MessageRegistry other = MessageRegistry.builder().register(0, Chat.class).build();
        KryoNetTransport mismatched = new KryoNetTransport(other, OPTIONS);
        TransportException e = assertThrows(TransportException.class,
                () -> mismatched.connect("127.0.0.1", server.tcpPort(), server.udpPort(), WAIT));
        assertEquals(Cause.VERSION_MISMATCH, e.reason().cause());
        assertTrue(e.reason().detail().contains("registries differ"), e.reason().detail());
        serverStillServes();
    }
}
