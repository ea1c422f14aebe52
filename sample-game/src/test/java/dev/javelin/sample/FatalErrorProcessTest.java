package dev.javelin.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.protocol.JoinRequest;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.server.FatalErrors;
import dev.javelin.engine.transport.Channel;
import dev.javelin.engine.transport.DisconnectReason;
import dev.javelin.engine.transport.TransportClient;
import dev.javelin.engine.transport.TransportListener;
import dev.javelin.net.KryoNetClientGroup;
import dev.javelin.net.KryoNetTransport;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * No zombie after {@link OutOfMemoryError}: the sample server in a child JVM with a 40 MiB heap and no player cap (--maxPlayers=0)
 * is joined by idle players until its heap runs out. Whichever thread meets the error first (the simulation, TCP or
 * UDP), the process must print one line naming the error and exit with {@link FatalErrors#EXIT_STATUS}, instead
 * of staying up holding its ports with dead threads; a client that is still connected hears why.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class FatalErrorProcessTest {

    private static final Pattern READY = Pattern.compile("READY port=(\\d+) udp=(\\d+)");

    @Test
    void runningOutOfHeapEndsTheProcessWithStatus70AndTellsTheClients() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx40m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "server", "--port=0", "--maxPlayers=0", "--host=127.0.0.1"));
        Process server = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        ConcurrentLinkedQueue<String> output = new ConcurrentLinkedQueue<>();
        AtomicReference<Matcher> ready = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(server.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    output.add(line);
                    Matcher m = READY.matcher(line);
                    if (m.find()) {
                        ready.set(m);
                    }
                }
            } catch (java.io.IOException ended) {
                // the process is gone
            }
        }, "server-output");
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (ready.get() == null && server.isAlive() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20); // polling the reader thread's latest line
        }
        assertTrue(ready.get() != null, "the server printed no READY line: " + output);
        int tcp = Integer.parseInt(ready.get().group(1));
        int udp = Integer.parseInt(ready.get().group(2));

        KryoNetTransport.limitKryoNetLog();
        KryoNetTransport net = new KryoNetTransport(Protocol.registry());
        AtomicReference<DisconnectReason> firstReason = new AtomicReference<>();
        List<TransportClient> joiners = new ArrayList<>();
        try (KryoNetClientGroup group = KryoNetClientGroup.start()) {
            TransportListener watch = new TransportListener() {
                @Override
                public void connected(int connectionId) {
                }

                @Override
                public void message(int connectionId, Object message, Channel channel) {
                }

                @Override
                public void disconnected(int connectionId, DisconnectReason reason) {
                    firstReason.compareAndSet(null, reason);
                }
            };
            // Join idle players (they never acknowledge a snapshot) until the heap runs out and the process ends.
            while (server.isAlive() && joiners.size() < 20_000 && System.nanoTime() < deadline + 60_000_000_000L) {
                try {
                    TransportClient c = net.connect("127.0.0.1", tcp, udp, Duration.ofSeconds(5), group);
                    c.send(new JoinRequest("idle-" + joiners.size(), "", 0), Channel.RELIABLE);
                    joiners.add(c);
                } catch (java.io.IOException refused) {
                    // a dying server refuses or times out joins; the loop ends when the process does
                }
                joiners.get(0).poll(watch);
            }
            assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the server is still running after "
                    + joiners.size() + " joiners: a zombie? " + output);
            long pollUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (firstReason.get() == null && System.nanoTime() < pollUntil) {
                joiners.get(0).poll(watch);
                TimeUnit.MILLISECONDS.sleep(10);
            }
            reader.join(5_000);
            String all = String.join("\n", output);
            assertEquals(FatalErrors.EXIT_STATUS, server.exitValue(), all);
            long failureLines = output.stream().filter(l -> l.startsWith("javelin: server failed: ")).count();
            assertEquals(1, failureLines, all);
            assertTrue(all.contains("OutOfMemoryError"), all);
            assertTrue(firstReason.get() != null, "the first joiner never heard of the end");
            System.out.println("FatalErrorProcessTest: " + joiners.size() + " idle joiners; the server said: "
                    + output.stream().filter(l -> l.startsWith("javelin:")).findFirst().orElse("?")
                    + "; the first joiner heard: " + firstReason.get());
            for (TransportClient c : joiners) {
                c.close();
            }
        } finally {
            server.destroyForcibly();
        }
    }
}
