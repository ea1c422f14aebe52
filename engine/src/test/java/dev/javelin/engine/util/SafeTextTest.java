package dev.javelin.engine.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.javelin.engine.transport.DisconnectReason;
import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void controlCharactersEscapesAndLayoutOverridesBecomeQuestionMarks() {
        assertEquals("a?b?c?d?e", SafeText.of("a\nb\rc\u0000d\te"));
        assertEquals("?[31mred?[0m", SafeText.of("\u001b[31mred\u001b[0m"));
        assertEquals("x?y?z", SafeText.of("x\u007fy\u009bz"));
        assertEquals("?evil?", SafeText.of("\u202eevil\u2028"));
        assertEquals("?isolate?", SafeText.of("\u2066isolate\u2069"));
        assertEquals("", SafeText.of(null));
    }

    @Test
    void ordinaryTextIncludingAccentsAndEmojiIsKeptAsIs() {
        String name = "Zoë 星 🚀 [ok] (x)";
        assertSame(name, SafeText.of(name));
    }

    @Test
    void aDisconnectReasonNeverCarriesAControlCharacter() {
        assertEquals("bye?[javelin-server] FAKE", DisconnectReason.of(DisconnectReason.Cause.KICKED,
                "bye\n[javelin-server] FAKE").detail());
    }
}
