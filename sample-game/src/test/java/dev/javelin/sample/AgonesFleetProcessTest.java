package dev.javelin.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.agones.AgonesBridge;
import dev.javelin.agones.FleetStandIn;
import dev.javelin.agones.GameServerAllocator;
import dev.javelin.agones.JoinOffer;
import dev.javelin.agones.Lobby;
import dev.javelin.agones.SidecarStandIn;
import dev.javelin.agones.TicketSigner;
import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.protocol.JoinRequest;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.transport.TransportException;
import dev.javelin.net.KryoNetTransport;
import dev.javelin.sample.game.SpaceGame;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Three sample servers, each a child JVM launched as {@code server --agones} with the built class path, each with
 * its own stand-in SDK sidecar, behind a stand-in allocation API: a lobby places players through Agones'
 * allocation, hands them tickets, and they join over KryoNet on 127.0.0.1. A player is sent to a server with room
 * and gets in with its ticket; a full server refuses a ticket-holder with a reason the client reads; a forged
 * ticket is refused.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class AgonesFleetProcessTest {

    private static final String SECRET = "fleet-test-secret-0123456789abcdef";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern READY = Pattern.compile("READY port=(\\d+) udp=(\\d+)");

    private final List<Process> children = new ArrayList<>();
    private final List<List<String>> outputs = new ArrayList<>();
    private final List<ClientEngine> clients = new ArrayList<>();
    private FleetStandIn fleet;

    @AfterEach
    void stop() throws Exception {
        clients.forEach(ClientEngine::close);
        for (Process p : children) {
            p.destroy();
        }
        for (Process p : children) {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        if (fleet != null) {
            fleet.close();
        }
    }

    private void launch(SidecarStandIn sidecar) throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "server", "--agones", "--host=127.0.0.1", "--port=0", "--maxPlayers=1",
                "--duration=170");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(sidecar.environment());
        pb.environment().put("JAVELIN_TICKET_SECRET", SECRET);
        Process p = pb.start();
        children.add(p);
        List<String> lines = new CopyOnWriteArrayList<>();
        outputs.add(lines);
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                    Matcher m = READY.matcher(line);
                    if (m.find()) {
                        // What Agones does from the pod's port mappings: the GameServer status names the ports.
                        sidecar.ports(Map.of("game-tcp", Integer.parseInt(m.group(1)),
                                "game-udp", Integer.parseInt(m.group(2))));
                    }
                }
            } catch (java.io.IOException e) {
                // the child is gone
            }
        }, "out-" + sidecar.name());
        reader.setDaemon(true);
        reader.start();
    }

    private void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + WAIT.toSeconds() + " s: " + what + "\nsidecars: "
                        + fleet.servers() + "\nchild output: " + outputs);
            }
            Thread.sleep(20);
        }
    }

    private ClientEngine join(KryoNetTransport net, String host, int tcp, int udp, JoinRequest request)
            throws Exception {
        ClientEngine c = ClientEngine.builder(() -> new SpaceGame(SpaceGame.config(1)))
                .sync(SyncSettings.of("extrapolate")).clock(Clock.system()).server(net, host, tcp, udp)
                .name(request.playerName()).room(request.room()).credential(request.credential())
                .clientVersion(request.clientVersion()).timeout(Duration.ofSeconds(20)).connect();
        clients.add(c);
        return c;
    }

    private SidecarStandIn sidecarOf(String gameServer) {
        return fleet.servers().stream().filter(s -> s.name().equals(gameServer)).findFirst().orElseThrow();
    }

    @Test
    void aBadSidecarPortIsOneLineAndExitCode2() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "server", "--agones", "--port=0")
                .redirectErrorStream(true);
        pb.environment().put("AGONES_SDK_HTTP_PORT", "http");
        Process p = pb.start();
        children.add(p);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "exits");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(2, p.exitValue(), out);
        assertEquals("javelin: AGONES_SDK_HTTP_PORT must be a port from 1 to 65535, was 'http'", out);
    }

    @Test
    void aLobbySendsPlayersToServersWithRoomAndAFullServerRefusesWithItsReason() throws Exception {
        fleet = new FleetStandIn("javelin-sample", 3);
        long launched = System.nanoTime();
        for (SidecarStandIn s : fleet.servers()) {
            launch(s);
        }
        await(() -> fleet.servers().stream().allMatch(s -> s.state().equals("Ready") && s.capacity() == 1
                && !s.portsNow().isEmpty()), "three servers Ready with capacity 1 and their ports");
        // For docs/SCALING.md (the autoscaler's buffer covers a server's start-up): JVM start to Ready.
        System.out.printf("FLEET three servers launched at once were all Ready after %.1f s%n",
                (System.nanoTime() - launched) / 1e9);
        for (SidecarStandIn s : fleet.servers()) {
            assertEquals("javelin-sample", s.labels().get("agones.dev/sdk-game"));
            await(() -> s.requests("POST", "/health").size() >= 2, s.name() + " pings health");
        }

        TicketSigner signer = TicketSigner.fromText(SECRET, java.time.Clock.systemUTC());
        Lobby lobby = new Lobby(new GameServerAllocator(fleet.api(), "default", null, HttpClient.newHttpClient(),
                Duration.ofSeconds(10)), signer, "javelin-sample", Duration.ofSeconds(60), "game-tcp", "game-udp");
        KryoNetTransport net = new KryoNetTransport(Protocol.registry());

        // ann: allocated a fresh server for room arena-7, joins with her ticket.
        JoinOffer annOffer = lobby.place("ann", "arena-7");
        SidecarStandIn annServer = sidecarOf(annOffer.gameServer());
        ClientEngine ann = join(net, annOffer.address(), annOffer.tcpPort(), annOffer.udpPort(),
                new JoinRequest("ann", annOffer.room(), 0, annOffer.ticket(), "test"));
        assertTrue(ann.playerId() > 0);
        await(() -> annServer.players().equals(Set.of("ann")), "ann reported to her server's sidecar");
        int annIndex = fleet.servers().indexOf(annServer);
        await(() -> outputs.get(annIndex).stream().anyMatch(l -> l.contains("agones: allocated for room arena-7")),
                "her server learned its room from the watch");
        assertEquals("arena-7", annServer.labels().get(AgonesBridge.ROOM_LABEL));

        // bob: same room, but ann's server is full (1/1): the allocation picks another server, which has room.
        JoinOffer bobOffer = lobby.place("bob", "arena-7");
        assertNotEquals(annOffer.gameServer(), bobOffer.gameServer());
        ClientEngine bob = join(net, bobOffer.address(), bobOffer.tcpPort(), bobOffer.udpPort(),
                new JoinRequest("bob", bobOffer.room(), 0, bobOffer.ticket(), "test"));
        assertTrue(bob.playerId() > 0);
        await(() -> sidecarOf(bobOffer.gameServer()).players().equals(Set.of("bob")), "bob reported");

        // cid holds a genuine ticket for ann's server (a stale offer): the full server refuses him, saying why.
        String stale = signer.sign(signer.issue(annOffer.gameServer(), "arena-7", "cid", Duration.ofSeconds(60)));
        TransportException full = assertThrows(TransportException.class, () -> join(net, annOffer.address(),
                annOffer.tcpPort(), annOffer.udpPort(), new JoinRequest("cid", "arena-7", 0, stale, "test")));
        assertEquals("server full (1/1 players)", full.reason().detail());

        // eve forges a ticket for the third, empty server: refused for its signature.
        SidecarStandIn third = fleet.servers().stream().filter(s -> s.state().equals("Ready")).findFirst().orElseThrow();
        TicketSigner forger = TicketSigner.fromText("not-the-secret-but-long-enough-0123", java.time.Clock.systemUTC());
        String forged = forger.sign(forger.issue(third.name(), "", "eve", Duration.ofSeconds(60)));
        TransportException refused = assertThrows(TransportException.class, () -> join(net, "127.0.0.1",
                third.portsNow().get("game-tcp"), third.portsNow().get("game-udp"),
                new JoinRequest("eve", null, 0, forged, "test")));
        assertEquals("join ticket signature is wrong", refused.reason().detail());
        assertEquals(Set.of(), third.players());
        assertEquals(Set.of("ann"), annServer.players(), "the refused never reached the sidecar");
    }
}
