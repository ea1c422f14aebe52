package dev.javelin.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchConfigTest {

    private static String error(String... args) {
        return assertThrows(LaunchConfig.ConfigException.class, () -> LaunchConfig.parse(args)).getMessage();
    }

    @Test
    void defaultsToHostModeWithExtrapolation() {
        LaunchConfig c = LaunchConfig.parse(new String[0]);
        assertEquals("host", c.mode());
        assertEquals("extrapolate", c.string("sync"));
        assertEquals(60, c.integer("stepRate"));
    }

    @Test
    void screenshotsGoToTheUserDataFolderUnlessAFolderIsGiven() {
        Path dir = LaunchConfig.parse(new String[0]).screenshotDir();
        assertTrue(dir.isAbsolute(), dir.toString());
        assertFalse(dir.getParent().equals(Path.of("").toAbsolutePath()), "not in the working directory: " + dir);
        assertEquals(Path.of("javelin-sample", "screenshots"), dir.subpath(dir.getNameCount() - 2, dir.getNameCount()));
        assertEquals(Path.of("/tmp/shots"),
                LaunchConfig.parse(new String[] {"--screenshotDir=/tmp/shots"}).screenshotDir());
        assertEquals(10, LaunchConfig.parse(new String[0]).integer("roundPoints"));
        assertThrows(LaunchConfig.ConfigException.class, () -> LaunchConfig.parse(new String[] {"--roundPoints=-1"}));
    }

    @Test
    void commandLineOverridesAndModesParse() {
        LaunchConfig c = LaunchConfig.parse(new String[] {"bots", "12", "--sync=interpolate", "--connect=lan-box:4000"});
        assertEquals("bots", c.mode());
        assertEquals(12, c.bots());
        assertEquals("interpolate", c.string("sync"));
        assertEquals("lan-box", c.connectHost());
        assertEquals(4000, c.connectPort());
    }

    @Test
    void aSwitchAloneTurnsItOnAndTheAgonesSettingsAreChecked() {
        LaunchConfig c = LaunchConfig.parse(new String[] {"server", "--agones", "--maxPlayers=100", "--room=arena-7"});
        assertTrue(c.flag("agones"));
        assertEquals(100, c.integer("maxPlayers"));
        assertEquals("arena-7", c.string("room"));
        assertFalse(LaunchConfig.parse(new String[] {"server"}).flag("agones"));
        assertTrue(error("--maxPlayers=-1").contains("maxPlayers"));
        assertTrue(error("--room=two words").contains("room"));
        assertTrue(error("--port").contains("needs a value"), "only true-or-false settings stand alone");
    }

    @Test
    void aBadValueNamesTheKeyAndTheAllowedValues() {
        String m = error("--sync=teleport");
        assertTrue(m.contains("sync") && m.contains("extrapolate, interpolate, frameSync"), m);
        assertFalse(m.contains("\n"), "one line");
        assertTrue(error("--loss=2").contains("loss"));
        assertTrue(error("--stepRate=fast").contains("stepRate"));
    }

    @Test
    void anUnknownKeyOrModeIsRefused() {
        assertTrue(error("--colour=red").contains("unknown setting 'colour'"));
        assertTrue(error("arcade").contains("mode must be one of host, server, client, bots N"));
        assertTrue(error("bots").contains("bots N"));
        assertTrue(error("--sync").contains("--key=value"));
    }

    @Test
    void aPropertiesFileIsReadAndTheCommandLineWins(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("game.properties");
        Files.writeString(file, "sync=frameSync\nlatency=80\n");
        LaunchConfig c = LaunchConfig.parse(new String[] {"--config=" + file, "--latency=40"});
        assertEquals("frameSync", c.string("sync"));
        assertEquals(40, c.integer("latency"));
        Files.writeString(file, "latency=lots\n");
        String m = error("--config=" + file);
        assertTrue(m.contains("latency in " + file), m);
    }
}
