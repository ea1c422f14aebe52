package dev.javelin.agones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The lobby's allocation against a stand-in fleet and Kubernetes API: the request, the choice, the ticket. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LobbyTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef";

    @Test
    void theAllocationRequestIsAGameServerAllocationWithRoomSelectorsAndLabels() throws Exception {
        JsonNode expected = new ObjectMapper().readTree("""
                {"apiVersion": "allocation.agones.dev/v1", "kind": "GameServerAllocation",
                 "spec": {"selectors": [
                     {"matchLabels": {"agones.dev/fleet": "javelin", "javelin.dev/room": "arena-7"},
                      "gameServerState": "Allocated", "players": {"minAvailable": 2}},
                     {"matchLabels": {"agones.dev/fleet": "javelin"}, "gameServerState": "Ready"}],
                  "scheduling": "Packed",
                  "metadata": {"labels": {"javelin.dev/room": "arena-7"}}}}""");
        assertEquals(expected, new AllocationRequest("javelin", "arena-7", 2, true).toJson());
        assertEquals(1, new AllocationRequest("javelin", "arena-7", 1, false).toJson().path("spec").path("selectors").size());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> new AllocationRequest("javelin", "arena 7!", 1, true));
        assertEquals("room must be a label value (up to 63 letters, digits, '-', '_', '.', starting and ending with a"
                + " letter or digit), was 'arena 7!'", bad.getMessage());
    }

    @Test
    void playersOfARoomGoToItsServerUntilFullThenToAFreshOne() throws Exception {
        try (FleetStandIn fleet = new FleetStandIn("javelin", 2)) {
            int port = 7000;
            for (SidecarStandIn s : fleet.servers()) {
                s.ports(Map.of("game-tcp", port, "game-udp", port + 1));
                port += 10;
                AgonesSdk sdk = new AgonesSdk(java.net.URI.create("http://127.0.0.1:" + s.port()), Duration.ofSeconds(5));
                sdk.setPlayerCapacity(1);
                sdk.ready();
            }
            TicketSigner signer = TicketSigner.fromText(SECRET, Clock.systemUTC());
            GameServerAllocator allocator = new GameServerAllocator(fleet.api(), "games", null,
                    HttpClient.newHttpClient(), Duration.ofSeconds(5));
            Lobby lobby = new Lobby(allocator, signer, "javelin", Duration.ofSeconds(30), "game-tcp", "game-udp");

            JoinOffer ann = lobby.place("ann", "arena-7");
            SidecarStandIn first = fleet.servers().stream().filter(s -> s.name().equals(ann.gameServer())).findFirst()
                    .orElseThrow();
            assertEquals("Allocated", first.state());
            assertEquals("arena-7", first.labels().get(AgonesBridge.ROOM_LABEL));
            assertEquals(first.portsNow().get("game-tcp"), ann.tcpPort());
            assertEquals(first.portsNow().get("game-udp"), ann.udpPort());
            assertEquals("127.0.0.1", ann.address());
            JoinTicket ticket = signer.verify(ann.ticket());
            assertEquals(new JoinTicket(ann.gameServer(), "arena-7", "ann", ticket.expires(), ticket.nonce()), ticket);

            new AgonesSdk(java.net.URI.create("http://127.0.0.1:" + first.port()), Duration.ofSeconds(5))
                    .playerConnect("ann");
            JoinOffer bob = lobby.place("bob", "arena-7");
            assertEquals(false, bob.gameServer().equals(ann.gameServer()), "a full server is not chosen again");

            IOException none = assertThrows(IOException.class, () -> lobby.place("cid", "arena-8"));
            assertEquals("no game server free in fleet javelin (allocation UnAllocated)", none.getMessage());
            assertEquals(3, fleet.allocations().size());
        }
    }
}
