package dev.javelin.render;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a game keeps what it writes for the player (screenshots, by default), by the platform's
 * conventions: {@code $XDG_DATA_HOME/<app>} or {@code ~/.local/share/<app>} on Linux and other Unixes,
 * {@code ~/Library/Application Support/<app>} on macOS, {@code %APPDATA%\<app>} on Windows. Never the
 * working directory. Stateless; any thread.
 */
public final class UserFolders {

    private UserFolders() {
    }

    /** This machine's data folder for {@code app} (a folder name, never null); it may not exist yet. */
    public static Path dataFolder(String app) {
        return dataFolder(app, System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    /** The default folder for screenshots of {@code app}: {@code screenshots} in its {@link #dataFolder}. */
    public static Path screenshots(String app) {
        return dataFolder(app).resolve("screenshots");
    }

    /**
     * The data folder for {@code app} on a platform named {@code osName} (as {@code os.name} says) with the
     * environment {@code env} and home folder {@code home}.
     */
    static Path dataFolder(String app, String osName, Map<String, String> env, String home) {
        if (app == null || app.isBlank()) {
            throw new IllegalArgumentException("app folder name must not be blank");
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData == null || appData.isBlank() ? Path.of(home, "AppData", "Roaming") : Path.of(appData))
                    .resolve(app);
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", app);
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if (xdg != null && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, app);
        }
        return Path.of(home, ".local", "share", app);
    }
}
