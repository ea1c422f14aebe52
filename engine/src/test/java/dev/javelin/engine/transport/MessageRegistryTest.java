package dev.javelin.engine.transport;

import dev.javelin.engine.transport.TestMessages.Chat;
import dev.javelin.engine.transport.TestMessages.Point;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageRegistryTest {

    /** Same name as Chat's components, different types: a different wire shape. */
    record ChatV2(String text, long from) {
    }

    abstract static class Abstract {
    }

    static final class NoDefaultConstructor {
        NoDefaultConstructor(int x) {
        }
    }

    @Test
    void idsAndClassesMapBothWays() {
        MessageRegistry r = MessageRegistry.builder().register(10, Chat.class).register(3, Point.class).build();
        assertEquals(10, r.idOf(Chat.class));
        assertEquals(-1, r.idOf(String.class));
        assertEquals(Point.class, r.typeOf(3));
        assertNull(r.typeOf(4));
        assertNull(r.typeOf(-1));
        assertEquals(List.of(Point.class, Chat.class), r.types());
    }

    @Test
    void badRegistrationsFailWithAClearMessage() {
        var b = MessageRegistry.builder().register(1, Chat.class);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.register(1, Point.class))
                .getMessage().contains("taken by"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.register(2, Chat.class))
                .getMessage().contains("already registered"));
        assertThrows(IllegalArgumentException.class, () -> b.register(-1, Point.class));
        assertThrows(IllegalArgumentException.class, () -> b.register(MessageRegistry.MAX_ID + 1, Point.class));
        assertThrows(IllegalArgumentException.class, () -> b.register(5, String.class));
        assertThrows(IllegalArgumentException.class, () -> b.register(6, Runnable.class));
        assertThrows(IllegalArgumentException.class, () -> b.register(7, Abstract.class));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.register(8, NoDefaultConstructor.class))
                .getMessage().contains("no-argument constructor"));
        b.register(9, Point[][].class);
        assertTrue(assertThrows(IllegalArgumentException.class, b::build).getMessage().contains("component"));
    }

    @Test
    void fingerprintDependsOnIdsClassesAndFields() {
        long a = MessageRegistry.builder().register(1, Chat.class).build().fingerprint();
        long same = MessageRegistry.builder().register(1, Chat.class).build().fingerprint();
        long otherId = MessageRegistry.builder().register(2, Chat.class).build().fingerprint();
        long otherShape = MessageRegistry.builder().register(1, ChatV2.class).build().fingerprint();
        assertEquals(a, same);
        assertNotEquals(a, otherId);
        assertNotEquals(a, otherShape);
    }

    @Test
    void requireMessageNamesTheUnregisteredClass() {
        MessageRegistry r = MessageRegistry.builder().register(1, Chat.class).build();
        r.requireMessage(new Chat("x", 1));
        String msg = assertThrows(IllegalArgumentException.class, () -> r.requireMessage(new Point(1, 2)))
                .getMessage();
        assertTrue(msg.contains(Point.class.getName()), msg);
    }
}
