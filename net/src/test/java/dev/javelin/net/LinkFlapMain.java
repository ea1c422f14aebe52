package dev.javelin.net;

import dev.javelin.engine.transport.Channel;
import dev.javelin.engine.transport.DisconnectReason;
import dev.javelin.engine.transport.TestMessages;
import dev.javelin.engine.transport.TestMessages.Chat;
import dev.javelin.engine.transport.TransportListener;
import dev.javelin.engine.transport.TransportServer;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * The child of {@code LinkFlapTest}, run inside a network namespace of its own whose only link is its loopback: a
 * server and a client on 127.0.0.1 exchanging an unreliable {@link Chat} every 5 ms each way, and pings every
 * 100 ms. The test makes the network unreachable and reachable again from outside; meanwhile every send
 * fails with "network is unreachable". Commands on standard input: {@code status} answers
 * {@code STATUS <clientOpen> <serverConnections> <serverReceived> <clientReceived> <disconnects> <sendFailures>
 * <reason|->}; {@code quit} exits.
 */
final class LinkFlapMain {

    private LinkFlapMain() {
    }

    public static void main(String[] args) throws Exception {
        KryoNetTransport.limitKryoNetLog();
        KryoNetOptions options = KryoNetOptions.defaults().withLiveness(Duration.ofSeconds(1), Duration.ofSeconds(5),
                Duration.ofMillis(100));
        KryoNetTransport net = new KryoNetTransport(TestMessages.registry(), options);
        TransportServer server = net.bind("127.0.0.1", 0, 0);
        KryoNetClient client = (KryoNetClient) net.connect("127.0.0.1", server.tcpPort(), server.udpPort(),
                Duration.ofSeconds(10));
        Counting atServer = new Counting();
        Counting atClient = new Counting();
        Thread traffic = new Thread(() -> {
            int n = 0;
            while (!Thread.currentThread().isInterrupted()) {
                client.send(new Chat("up", n), Channel.UNRELIABLE);
                server.send(client.connectionId(), new Chat("down", n), Channel.UNRELIABLE);
                server.poll(atServer);
                client.poll(atClient);
                n++;
                LockSupport.parkNanos(5_000_000L);
            }
        }, "traffic");
        traffic.setDaemon(true);
        traffic.start();
        System.out.println("READY");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null && !line.equals("quit"); ) {
            if (line.equals("status")) {
                DisconnectReason reason = atClient.reason.get() != null ? atClient.reason.get() : atServer.reason.get();
                System.out.println("STATUS " + client.isConnected() + " " + server.connectionCount() + " "
                        + atServer.messages.sum() + " " + atClient.messages.sum() + " "
                        + (atServer.disconnects.sum() + atClient.disconnects.sum()) + " "
                        + client.datagramSendFailures() + " " + (reason == null ? "-" : reason));
            }
        }
        traffic.interrupt();
        traffic.join(5_000);
        client.close();
        server.close();
    }

    /** Counts what one end heard; called on the traffic thread, read on the main thread. */
    private static final class Counting implements TransportListener {
        final LongAdder messages = new LongAdder();
        final LongAdder disconnects = new LongAdder();
        final AtomicReference<DisconnectReason> reason = new AtomicReference<>();

        @Override
        public void connected(int connectionId) {
        }

        @Override
        public void message(int connectionId, Object message, Channel channel) {
            messages.increment();
        }

        @Override
        public void disconnected(int connectionId, DisconnectReason why) {
            disconnects.increment();
            reason.compareAndSet(null, why);
        }
    }
}
