package dev.javelin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserFoldersTest {

    @Test
    void eachPlatformHasItsConventionalDataFolder() {
        assertEquals(Path.of("/home/ann/.local/share/game"),
                UserFolders.dataFolder("game", "Linux", Map.of(), "/home/ann"));
        assertEquals(Path.of("/data/ann/game"),
                UserFolders.dataFolder("game", "Linux", Map.of("XDG_DATA_HOME", "/data/ann"), "/home/ann"));
        assertEquals(Path.of("/home/ann/.local/share/game"),
                UserFolders.dataFolder("game", "Linux", Map.of("XDG_DATA_HOME", "relative"), "/home/ann"),
                "a relative XDG_DATA_HOME is ignored, as the spec says");
        assertEquals(Path.of("/Users/ann/Library/Application Support/game"),
                UserFolders.dataFolder("game", "Mac OS X", Map.of(), "/Users/ann"));
        assertEquals(Path.of("C:\\Users\\ann\\AppData\\Roaming", "game"),
                UserFolders.dataFolder("game", "Windows 11", Map.of("APPDATA", "C:\\Users\\ann\\AppData\\Roaming"),
                        "C:\\Users\\ann"));
    }

    @Test
    void theDefaultScreenshotFolderIsNotTheWorkingDirectory() {
        Path dir = RenderOptions.defaults().screenshotDir();
        assertTrue(dir.isAbsolute(), dir.toString());
        assertTrue(dir.startsWith(Path.of(System.getProperty("user.home"))) || System.getenv("XDG_DATA_HOME") != null
                || System.getenv("APPDATA") != null, dir.toString());
        assertEquals(Path.of("javelin", "screenshots"), dir.subpath(dir.getNameCount() - 2, dir.getNameCount()));
        assertThrows(IllegalArgumentException.class, () -> UserFolders.dataFolder(" ", "Linux", Map.of(), "/h"));
    }
}
