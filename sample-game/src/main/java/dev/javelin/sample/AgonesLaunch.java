package dev.javelin.sample;

import dev.javelin.agones.AgonesBridge;
import dev.javelin.agones.AgonesSdk;
import dev.javelin.agones.TicketSigner;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The sample server's {@code --agones} mode: a bridge to the SDK sidecar at {@code AGONES_SDK_HTTP_PORT}, with the
 * capacity from {@code --maxPlayers}, join tickets checked when {@code JAVELIN_TICKET_SECRET} is set (the lobby
 * shares it; deploy/README.md), and Shutdown asked for once the last player has been gone for 30 seconds.
 */
final class AgonesLaunch {

    /** The environment variable holding the secret join tickets are signed with. */
    static final String SECRET_VARIABLE = "JAVELIN_TICKET_SECRET";

    /** The version clients send in their join request. */
    static final String VERSION = "0.1.0";

    private AgonesLaunch() {
    }

    /**
     * The bridge for a server launched with {@code c} in environment {@code env}.
     *
     * @throws LaunchConfig.ConfigException with one line if the sidecar port or the secret is unusable
     */
    static AgonesBridge bridge(LaunchConfig c, Map<String, String> env) {
        AgonesSdk sdk;
        TicketSigner tickets = null;
        try {
            sdk = AgonesSdk.fromEnvironment(env);
            String secret = env.get(SECRET_VARIABLE);
            if (secret != null && !secret.isEmpty()) {
                tickets = TicketSigner.fromText(secret, Clock.systemUTC());
            } else {
                System.err.println("[javelin-agones] " + SECRET_VARIABLE + " is not set: players join without a ticket");
            }
        } catch (IllegalArgumentException e) {
            throw new LaunchConfig.ConfigException(e.getMessage());
        }
        return AgonesBridge.builder(sdk).capacity(c.integer("maxPlayers")).tickets(tickets)
                .label("game", "javelin-sample").annotation("version", VERSION)
                .shutdownWhenEmpty(Duration.ofSeconds(30)).build();
    }
}
