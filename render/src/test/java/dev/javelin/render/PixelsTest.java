package dev.javelin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PixelsTest {

    @Test
    void pngRoundTripKeepsEveryPixel(@TempDir Path dir) throws Exception {
        Pixels p = new Pixels(3, 2);
        p.set(0, 0, Color.RED);
        p.set(2, 1, 0x11223344);
        Path file = p.writePng(dir.resolve("a/b.png"));
        Pixels back = Pixels.decode(Files.readAllBytes(file), "b.png");
        assertEquals(3, back.width());
        assertEquals(2, back.height());
        assertEquals(Color.RED, back.rgba(0, 0));
        assertEquals(0x11223344, back.rgba(2, 1));
        assertEquals(0, back.rgba(1, 0));
    }

    @Test
    void garbageBytesAreRejectedWithTheName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Pixels.decode(new byte[] {1, 2, 3, 4, 5}, "junk.png"));
        assertTrue(e.getMessage().contains("junk.png"), e.getMessage());
    }

    @Test
    void pixelsOutsideTheImageAreRefused() {
        Pixels p = new Pixels(2, 2);
        assertThrows(IndexOutOfBoundsException.class, () -> p.rgba(2, 0));
        assertThrows(IllegalArgumentException.class, () -> new Pixels(0, 5));
    }
}
