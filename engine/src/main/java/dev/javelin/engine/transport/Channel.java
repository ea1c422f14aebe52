package dev.javelin.engine.transport;

/**
 * How a message travels. Both channels deliver whole messages, never fragments.
 */
public enum Channel {

    /**
     * Every message arrives, once, in the order it was sent (TCP with KryoNet). For joins, game events and
     * anything that must not be lost. Limited to {@link Transport#maxReliableMessageBytes()} per message.
     */
    RELIABLE,

    /**
     * A message may be lost, duplicated or overtaken (UDP with KryoNet); it arrives whole or not at all.
     * For snapshots and inputs, which are resent or superseded anyway. Limited to
     * {@link Transport#MAX_UNRELIABLE_MESSAGE_BYTES} per message.
     */
    UNRELIABLE
}
