package dev.javelin.render;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * macOS's rule for GLFW: windows and events belong to the process's first thread, which a plain {@code java}
 * launch keeps for itself. A game's {@code main} calls {@link #relaunchIfNeeded} before it opens a window: on macOS,
 * unless the JVM was started with {@code -XstartOnFirstThread}, it starts the same program again with it (same
 * {@code java}, JVM options, class path, main class and arguments, sharing this console), waits for it and returns
 * its exit code; everywhere else it returns -1 at once and the game goes on. The way libGDX's desktop starter does it.
 *
 * <p>Threads: call from {@code main}, before anything of GLFW.
 */
public final class MacFirstThread {

    /** Set in the relaunched JVM's environment, so a JVM that still is not on the first thread does not loop. */
    static final String RELAUNCHED = "JAVELIN_RELAUNCHED_ON_FIRST_THREAD";

    private MacFirstThread() {
    }

    /**
     * Relaunches on the first thread if this is macOS and the JVM was not started so.
     *
     * @param mainClass the class whose {@code main} to run again
     * @param args      the arguments to pass again
     * @return the relaunched program's exit code, or -1 if no relaunch was needed (go on and open the window)
     * @throws IOException          if the JVM cannot be started again
     * @throws InterruptedException if interrupted while waiting for it
     */
    public static int relaunchIfNeeded(Class<?> mainClass, String[] args) throws IOException, InterruptedException {
        long pid = ProcessHandle.current().pid();
        if (!needsRelaunch(System.getProperty("os.name", ""), System.getenv("JAVA_STARTED_ON_FIRST_THREAD_" + pid),
                System.getenv(RELAUNCHED))) {
            return -1;
        }
        List<String> command = command(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                ManagementFactory.getRuntimeMXBean().getInputArguments(), System.getProperty("java.class.path"),
                mainClass.getName(), args);
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        pb.environment().put(RELAUNCHED, "1");
        return pb.start().waitFor();
    }

    /**
     * Whether to relaunch: on macOS, when the launcher did not mark this JVM as started on the first thread (it
     * sets {@code JAVA_STARTED_ON_FIRST_THREAD_<pid>=1} for {@code -XstartOnFirstThread}), unless this JVM already
     * is a relaunch.
     */
    static boolean needsRelaunch(String osName, String startedOnFirstThread, String relaunched) {
        return osName.toLowerCase(Locale.ROOT).startsWith("mac") && !"1".equals(startedOnFirstThread)
                && relaunched == null;
    }

    /** {@code java -XstartOnFirstThread <jvm options> -cp <class path> <main class> <args>}. */
    static List<String> command(String java, List<String> jvmOptions, String classPath, String mainClass,
                                String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.add("-XstartOnFirstThread");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath == null || classPath.isEmpty() ? "." : classPath);
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }
}
