package dev.javelin.net;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A test main running in a child JVM inside a network namespace, with the test's class path, talked to through its
 * standard input and output: commands go in as lines, answers come back as lines. {@code STAT} lines are kept as
 * the latest per key (their first two words); other lines queue for {@link #awaitLine}; the last lines of both
 * (standard error merged) are kept for failure messages.
 */
final class ChildJvm implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Writer in;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Map<String, String> latestStat = new ConcurrentHashMap<>();
    private final Deque<String> tail = new ArrayDeque<>();

    private ChildJvm(String name, Process process) {
        this.name = name;
        this.process = process;
        this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::read, "child-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code main} with {@code args} in namespace {@code ns}. */
    static ChildJvm start(String name, String ns, Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        return new ChildJvm(name, new ProcessBuilder(Netns.inNamespace(ns, command)).redirectErrorStream(true).start());
    }

    private void read() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("STAT ")) {
                    String[] w = line.split(" ", 3);
                    latestStat.put(w[0] + " " + w[1], line);
                    continue;
                }
                synchronized (tail) {
                    tail.addLast(line);
                    if (tail.size() > 40) {
                        tail.removeFirst();
                    }
                }
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("(output ended: " + e + ")");
        }
    }

    /** Sends one command line. */
    void send(String command) throws IOException {
        in.write(command + "\n");
        in.flush();
    }

    /** The next line starting with {@code prefix} (earlier lines are dropped); fails after {@code limit}. */
    String awaitLine(String prefix, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            String line = left > 0 ? lines.poll(left, TimeUnit.NANOSECONDS) : null;
            if (line == null) {
                throw new AssertionError(name + " printed no " + prefix + " line within " + limit.toMillis() + " ms"
                        + (process.isAlive() ? "" : " (it exited with " + process.exitValue() + ")") + "; last lines:\n"
                        + tail());
            }
            if (line.startsWith(prefix)) {
                return line;
            }
        }
    }

    /** The words of the latest {@code STAT <key> ...} line, or null before the first. */
    String[] stat(String key) {
        String line = latestStat.get("STAT " + key);
        return line == null ? null : line.split(" ");
    }

    /** The child's last lines of output, for failure messages. */
    String tail() {
        synchronized (tail) {
            return String.join("\n", tail);
        }
    }

    /** Asks the child to quit, and kills it if it has not within 5 s. */
    @Override
    public void close() {
        try {
            send("quit");
        } catch (IOException alreadyGone) {
            // it exited already
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
