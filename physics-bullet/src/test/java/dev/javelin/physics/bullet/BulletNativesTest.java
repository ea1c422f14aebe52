package dev.javelin.physics.bullet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The natives of every desktop platform are on the class path and found by platform. */
class BulletNativesTest {

    @Test
    void everyDesktopPlatformMapsToNativesThatAreOnTheClassPath() {
        List<String[]> platforms = List.of(
                new String[] {"Linux", "amd64", "native/linux/x86_64/libbulletjme.so"},
                new String[] {"Linux", "aarch64", "native/linux/arm64/libbulletjme.so"},
                new String[] {"Windows 11", "amd64", "native/windows/x86_64/bulletjme.dll"},
                new String[] {"Mac OS X", "x86_64", "native/osx/x86_64/libbulletjme.dylib"},
                new String[] {"Mac OS X", "aarch64", "native/osx/arm64/libbulletjme.dylib"});
        for (String[] p : platforms) {
            String path = BulletNatives.resourcePath(p[0], p[1]);
            assertEquals(p[2], path);
            assertNotNull(BulletNatives.class.getResource("/" + path), path + " missing from the class path");
        }
        assertNull(BulletNatives.resourcePath("Windows 11", "x86"));
        assertNull(BulletNatives.resourcePath("FreeBSD", "amd64"));
    }

    @Test
    void loadingTwiceIsHarmless() {
        BulletNatives.load();
        BulletNatives.load();
    }
}
