package dev.javelin.sample;

import dev.javelin.render.UserFolders;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The sample game's settings: defaults, then a properties file ({@code --config=<file>}, or
 * {@code javelin.properties} in the working directory if present), then {@code --key=value} options.
 * Every key is known and typed; a bad key or value throws {@link ConfigException} with a one-line
 * message naming the key and what it allows.
 */
public final class LaunchConfig {

    /** A setting: its key, its default and a check that names what it allows. */
    private record Key(String name, String defaultValue, String allowed, Check check) {
    }

    @FunctionalInterface
    private interface Check {
        boolean ok(String value);
    }

    /** The sample's folder name under the user's data folder. */
    static final String APP = "javelin-sample";

    private static final Map<String, Key> KEYS = new LinkedHashMap<>();

    static {
        key("sync", "extrapolate", "one of extrapolate, interpolate, frameSync",
                v -> List.of("extrapolate", "interpolate", "frameSync").contains(v));
        key("predictLocal", "false", "true or false", LaunchConfig::isBoolean);
        key("stepRate", "60", "an integer from 10 to 240", v -> intIn(v, 10, 240));
        key("updateRate", "3", "an integer from 1 to 60 (steps between snapshots)", v -> intIn(v, 1, 60));
        key("fullSyncRate", "20", "an integer from 1 to 1000", v -> intIn(v, 1, 1000));
        key("latency", "0", "milliseconds from 0 to 2000 (one way, added by the conditioner)", v -> intIn(v, 0, 2000));
        key("jitter", "0", "milliseconds from 0 to 1000", v -> intIn(v, 0, 1000));
        key("loss", "0", "a fraction from 0 to 0.9 of unreliable messages dropped", v -> doubleIn(v, 0, 0.9));
        key("name", "pilot", "1 to 16 letters, digits, spaces, '-' or '_'",
                v -> v.matches("[\\p{L}\\p{N} _-]{1,16}"));
        key("width", "1280", "window width in pixels, 320 to 7680", v -> intIn(v, 320, 7680));
        key("height", "720", "window height in pixels, 240 to 4320", v -> intIn(v, 240, 4320));
        key("view", "720", "world units shown from top to bottom, 200 to 3000", v -> intIn(v, 200, 3000));
        key("vsync", "true", "true or false", LaunchConfig::isBoolean);
        key("fpsCap", "0", "frames per second cap, 0 for none, up to 1000", v -> intIn(v, 0, 1000));
        key("host", "127.0.0.1", "an address to listen on", v -> !v.isBlank());
        key("port", "27960", "a TCP port from 0 to 65535 (0 picks a free one; UDP uses the next, or a free one)",
                v -> intIn(v, 0, 65535));
        key("connect", "127.0.0.1:27960", "host:port (the server tells its UDP port) or host:tcpPort:udpPort",
                v -> v.matches("[^:\\s]+:\\d{1,5}(:\\d{1,5})?"));
        key("duration", "0", "seconds to run before exiting cleanly, 0 for until closed", v -> doubleIn(v, 0, 86_400));
        key("screenshot", "", "a .png file to write the last frame to (with --duration)",
                v -> v.isEmpty() || v.endsWith(".png"));
        key("screenshotDir", "", "a folder for F12 screenshots; empty for " + UserFolders.screenshots(APP),
                v -> true);
        key("seed", "1", "an integer", v -> isLong(v));
        key("roundPoints", "10", "points that win a round, 1 to 999, or 0 for no rounds (server and host)",
                v -> intIn(v, 0, 999));
        key("opponents", "0", "bot players from 0 to 16 in host mode, in the same process", v -> intIn(v, 0, 16));
        key("autopilot", "false", "true or false (a bot flies your ship: demos, screenshots)", LaunchConfig::isBoolean);
        key("netGraph", "false", "true or false (show the net graph at start; F3 toggles it)", LaunchConfig::isBoolean);
        key("headless", "false", "true or false (host mode without a window)", LaunchConfig::isBoolean);
        key("log", "info", "one of error, warn, info, debug, trace (the log level)",
                v -> List.of("error", "warn", "info", "debug", "trace").contains(v));
        key("status", "10", "seconds between the server's status lines, 0 for none, up to 3600", v -> intIn(v, 0, 3600));
        key("metrics-port", "", "a TCP port from 0 to 65535 for the Prometheus endpoint (0 picks one; empty for none)",
                v -> v.isEmpty() || intIn(v, 0, 65535));
        key("config", "", "a properties file", v -> true);
        key("agones", "false", "true or false (server: run as an Agones GameServer; see deploy/README.md)",
                LaunchConfig::isBoolean);
        key("maxPlayers", "64", "players a server takes at once (bounds its memory), 0 for no cap, up to 10000",
                v -> intIn(v, 0, 10_000));
        key("room", "", "a room name, up to 32 letters, digits, '-', '_' or '.' (empty: the default room)",
                v -> v.matches("[A-Za-z0-9_.-]{0,32}"));
        key("ticket", "", "the join ticket a lobby handed out (up to 512 characters)", v -> v.length() <= 512);
        key("password", "", "server and host: the password players must give; client and bots: the one to give"
                + " (up to 64 characters, empty for none)", v -> v.length() <= 64);
        key("record", "", "a file to record the server's session to (server mode; play it with replay FILE)",
                v -> true);
    }

    private static void key(String name, String def, String allowed, Check check) {
        KEYS.put(name, new Key(name, def, allowed, check));
    }

    private final Map<String, String> values;
    private final String mode;
    private final int bots;

    private String replayFile = "";

    private LaunchConfig(Map<String, String> values, String mode, int bots) {
        this.values = values;
        this.mode = mode;
        this.bots = bots;
    }

    /** True if {@code args} ask for the usage text ({@code --help}, {@code -h} or {@code help}). */
    public static boolean wantsHelp(String[] args) {
        for (String a : args) {
            if (a.equals("--help") || a.equals("-h") || a.equals("help")) {
                return true;
            }
        }
        return false;
    }

    /** What {@code --help} prints: the modes, then every setting with its default and what it allows. */
    public static String usage() {
        StringBuilder b = new StringBuilder();
        b.append("usage: java -jar javelin-sample.jar [host|server|client|bots N|replay FILE] [--key=value ...]\n\n");
        b.append("modes:\n");
        b.append("  host       play in a window against a server in this process (the default)\n");
        b.append("  server     run a server on --host and --port; prints READY port=... udp=...\n");
        b.append("  client     play in a window against the server at --connect\n");
        b.append("  bots N     connect N bot players to --connect, no window\n");
        b.append("  replay F   play back a session recorded with server --record=F (--headless=true: verify it)\n\n");
        b.append("options (also read from --config=FILE, or javelin.properties in the working directory):\n");
        int width = 0;
        for (String k : KEYS.keySet()) {
            width = Math.max(width, k.length());
        }
        for (Key k : KEYS.values()) {
            String def = k.defaultValue().isEmpty() ? "" : " (default " + k.defaultValue() + ")";
            b.append("  --").append(k.name()).append("=").append(" ".repeat(width - k.name().length() + 2))
                    .append(k.allowed()).append(def).append('\n');
        }
        b.append("  --help").append(" ".repeat(width - 1)).append("this text\n\n");
        b.append("keys: arrows or W/A/D fly, space fires, F fires the laser, F3 net graph, F12 screenshot, "
                + "Esc quits\n");
        return b.toString();
    }

    /** Where F12 writes screenshots: {@code --screenshotDir}, or the user's data folder for the sample. */
    public Path screenshotDir() {
        String dir = require("screenshotDir");
        return dir.isEmpty() ? UserFolders.screenshots(APP) : Path.of(dir);
    }

    /**
     * Parses a command line: {@code [host|server|client|bots N] [--key=value ...]}.
     *
     * @throws ConfigException with a one-line message for any bad mode, key or value
     */
    public static LaunchConfig parse(String[] args) {
        List<String> positional = new ArrayList<>();
        Map<String, String> cli = new LinkedHashMap<>();
        for (String a : args) {
            if (a.startsWith("--")) {
                int eq = a.indexOf('=');
                if (eq < 0 && isSwitch(a.substring(2))) {
                    cli.put(a.substring(2), "true");
                    continue;
                }
                if (eq < 0) {
                    throw new ConfigException("option '" + a + "' needs a value: --key=value");
                }
                cli.put(a.substring(2, eq), a.substring(eq + 1));
            } else {
                positional.add(a);
            }
        }
        String mode = positional.isEmpty() ? "host" : positional.get(0);
        int bots = 0;
        String replayFile = "";
        switch (mode) {
            case "host", "server", "client" -> {
                if (positional.size() > 1) {
                    throw new ConfigException("unexpected argument '" + positional.get(1) + "' after mode " + mode);
                }
            }
            case "bots" -> {
                if (positional.size() != 2 || !intIn(positional.get(1), 1, 2000)) {
                    throw new ConfigException("mode 'bots' needs a count from 1 to 2000: bots N");
                }
                bots = Integer.parseInt(positional.get(1));
            }
            case "replay" -> {
                if (positional.size() != 2) {
                    throw new ConfigException("mode 'replay' needs the recorded file: replay FILE");
                }
                replayFile = positional.get(1);
            }
            default -> throw new ConfigException("mode must be one of host, server, client, bots N, replay FILE; was '"
                    + mode + "'");
        }
        Map<String, String> values = new LinkedHashMap<>();
        KEYS.values().forEach(k -> values.put(k.name(), k.defaultValue()));
        Path file = cli.containsKey("config") ? Path.of(cli.get("config")) : Path.of("javelin.properties");
        if (cli.containsKey("config") || Files.isRegularFile(file)) {
            loadFile(file, values);
        }
        cli.forEach((k, v) -> set(values, k, v, "--" + k));
        LaunchConfig config = new LaunchConfig(values, mode, bots);
        config.replayFile = replayFile;
        return config;
    }

    /** The file of {@code replay FILE} mode, else empty. */
    public String replayFile() {
        return replayFile;
    }

    private static void loadFile(Path file, Map<String, String> values) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            // Properties.load's answer to a bad \\u escape
            throw new ConfigException("bad config file " + file + ": " + e.getMessage());
        }
        for (String k : p.stringPropertyNames()) {
            set(values, k, p.getProperty(k).trim(), k + " in " + file);
        }
    }


    private static void set(Map<String, String> values, String key, String value, String where) {
        Key k = KEYS.get(key);
        if (k == null) {
            throw new ConfigException("unknown setting '" + key + "' (" + where + "); known: " + String.join(", ", KEYS.keySet()));
        }
        if (!k.check().ok(value)) {
            throw new ConfigException("bad value '" + value + "' for " + key + " (" + where + "): must be " + k.allowed());
        }
        values.put(key, value);
    }

    public String mode() {
        return mode;
    }

    /** Number of bots in {@code bots N} mode, else 0. */
    public int bots() {
        return bots;
    }

    public String string(String key) {
        return require(key);
    }

    public int integer(String key) {
        return Integer.parseInt(require(key));
    }

    public long longValue(String key) {
        return Long.parseLong(require(key));
    }

    public double decimal(String key) {
        return Double.parseDouble(require(key));
    }

    public boolean flag(String key) {
        return Boolean.parseBoolean(require(key));
    }

    /** {@code connect}'s host part. */
    public String connectHost() {
        return require("connect").split(":")[0];
    }

    /** {@code connect}'s TCP port. */
    public int connectPort() {
        return connectPart(1, 0);
    }

    /** {@code connect}'s UDP port: the third part, or 0 when there is none (the client asks the server). */
    public int connectUdpPort() {
        return require("connect").split(":").length > 2 ? connectPart(2, 0) : 0;
    }

    private int connectPart(int index, int fallback) {
        String c = require("connect");
        String[] parts = c.split(":");
        int port = parts.length > index ? Integer.parseInt(parts[index]) : fallback;
        if (port < 1 || port > 65535) {
            throw new ConfigException("bad value '" + c + "' for connect: ports must be 1 to 65535");
        }
        return port;
    }

    private String require(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no setting named " + key);
        }
        return v;
    }

    /** A true-or-false setting, which {@code --key} alone turns on. */
    private static boolean isSwitch(String key) {
        Key k = KEYS.get(key);
        return k != null && isBoolean(k.defaultValue());
    }

    private static boolean isBoolean(String v) {
        return v.equals("true") || v.equals("false");
    }

    private static boolean isLong(String v) {
        try {
            Long.parseLong(v);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean intIn(String v, int min, int max) {
        try {
            int i = Integer.parseInt(v);
            return i >= min && i <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean doubleIn(String v, double min, double max) {
        try {
            double d = Double.parseDouble(v);
            return d >= min && d <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A bad command line or config file; the message is one line meant for the user. */
    public static final class ConfigException extends RuntimeException {
        public ConfigException(String message) {
            super(message);
        }
    }
}
