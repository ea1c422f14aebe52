package dev.javelin.engine.protocol;

import dev.javelin.engine.world.Input;

import dev.javelin.engine.transport.MessageRegistry;

/**
 * Javelin's message registry: the engine's own messages take ids 1 to {@value #RESERVED_IDS}; a game
 * registers its own messages from {@value #FIRST_GAME_ID} up on the builder this returns. Server and
 * clients must build the registry the same way (the transport handshake compares fingerprints).
 */
public final class Protocol {

    /** Ids below this are the engine's. */
    public static final int RESERVED_IDS = 63;

    /** The first id a game may use for its own messages. */
    public static final int FIRST_GAME_ID = RESERVED_IDS + 1;

    private Protocol() {
    }

    /** A builder holding the engine's messages; add the game's and build. */
    public static MessageRegistry.Builder builder() {
        return MessageRegistry.builder()
                .register(1, JoinRequest.class)
                .register(2, Welcome.class)
                .register(3, Input.class)
                .register(4, Input[].class)
                .register(5, InputMessage.class)
                .register(6, SnapshotPacket.class)
                .register(7, PlayerPresence.class);
    }

    /** The engine's messages only. */
    public static MessageRegistry registry() {
        return builder().build();
    }
}
