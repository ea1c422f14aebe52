package dev.javelin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MacFirstThreadTest {

    @Test
    void onlyMacOsWithoutTheFirstThreadIsRelaunchedAndOnlyOnce() {
        assertTrue(MacFirstThread.needsRelaunch("Mac OS X", null, null));
        assertFalse(MacFirstThread.needsRelaunch("Mac OS X", "1", null), "started with -XstartOnFirstThread");
        assertFalse(MacFirstThread.needsRelaunch("Mac OS X", null, "1"), "already a relaunch: never loop");
        assertFalse(MacFirstThread.needsRelaunch("Linux", null, null));
        assertFalse(MacFirstThread.needsRelaunch("Windows 11", null, null));
    }

    @Test
    void theRelaunchKeepsJvmOptionsClassPathMainClassAndArguments() {
        List<String> c = MacFirstThread.command("/jdk/bin/java", List.of("-Xmx1g", "-Dx=y"), "game.jar",
                "dev.javelin.sample.Main", new String[] {"host", "--log=debug"});
        assertEquals(List.of("/jdk/bin/java", "-XstartOnFirstThread", "-Xmx1g", "-Dx=y", "-cp", "game.jar",
                "dev.javelin.sample.Main", "host", "--log=debug"), c);
    }

    @Test
    void elsewhereNoRelaunchHappens() throws Exception {
        if (!System.getProperty("os.name").toLowerCase().startsWith("mac")) {
            assertEquals(-1, MacFirstThread.relaunchIfNeeded(MacFirstThreadTest.class, new String[0]));
        }
    }
}
