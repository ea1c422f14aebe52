package dev.javelin.engine.transport;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransportEventQueueTest {

    @Test
    void eventsComeOutInTheOrderTheyWentIn() {
        TransportEventQueue q = new TransportEventQueue(10);
        q.addConnected(1);
        q.addMessage(1, "a", Channel.RELIABLE);
        q.addMessage(1, "b", Channel.UNRELIABLE);
        q.addDisconnected(1, DisconnectReason.of(DisconnectReason.Cause.TIMED_OUT, "x"));
        Recorder r = new Recorder();
        assertEquals(4, q.drain(r));
        assertEquals(List.of("connected", "message", "message", "disconnected"),
                r.events().stream().map(Recorder.Event::kind).toList());
        assertEquals(List.of("a", "b"), r.messages());
        assertEquals(0, q.drain(r));
    }

    @Test
    void unreliableFloodIsCappedButReliableAndConnectionEventsAreNot() {
        TransportEventQueue q = new TransportEventQueue(3);
        for (int i = 0; i < 5; i++) {
            q.addMessage(1, i, Channel.UNRELIABLE);
        }
        assertFalse(q.addMessage(1, 9, Channel.UNRELIABLE));
        for (int i = 0; i < 100; i++) {
            assertTrue(q.addMessage(1, i, Channel.RELIABLE));
        }
        q.addDisconnected(1, DisconnectReason.of(DisconnectReason.Cause.TIMED_OUT, ""));
        assertEquals(3, q.droppedUnreliable());
        Recorder r = new Recorder();
        assertEquals(104, q.drain(r));
        assertTrue(q.addMessage(1, 10, Channel.UNRELIABLE), "room again after a drain");
    }

    @Test
    void buffersGrowAndAreReused() {
        TransportEventQueue q = new TransportEventQueue(1 << 20);
        Recorder r = new Recorder();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 1000; i++) {
                q.addMessage(i, i, Channel.UNRELIABLE);
            }
            assertEquals(1000, q.drain(r));
        }
        assertEquals(3000, r.messages().size());
    }
}
