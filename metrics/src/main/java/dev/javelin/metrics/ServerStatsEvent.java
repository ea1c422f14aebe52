package dev.javelin.metrics;

import jdk.jfr.Category;
import jdk.jfr.DataAmount;
import jdk.jfr.Description;
import jdk.jfr.Enabled;
import jdk.jfr.Frequency;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Period;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/**
 * The JFR event {@code dev.javelin.ServerStats}: one {@link ServerSample} of a server, every second by default
 * while a recording enables it ({@code -XX:StartFlightRecording} records it with the default settings, as JDK
 * Mission Control shows). Emitted by a {@link ServerStatsRecorder}. Fields are written by JFR's periodic thread.
 */
@Name(ServerStatsEvent.NAME)
@Label("Javelin Server Stats")
@Category({"Javelin", "Server"})
@Description("What a Javelin server did since the previous event")
@Period("1 s")
@Enabled(true)
@StackTrace(false)
public final class ServerStatsEvent extends jdk.jfr.Event {

    /** The event's name in a recording. */
    public static final String NAME = "dev.javelin.ServerStats";

    @Label("Server")
    @Description("Which server: its TCP port")
    int tcpPort;

    @Label("Players")
    long players;

    @Label("Rooms")
    int rooms;

    @Label("Steps")
    @Description("Steps run since the previous event")
    long steps;

    @Label("Step p50")
    @Timespan(Timespan.NANOSECONDS)
    long stepP50;

    @Label("Step p99")
    @Timespan(Timespan.NANOSECONDS)
    long stepP99;

    @Label("Received")
    @Description("Bits per second received, framing included; -1 if the transport does not count")
    @DataAmount(DataAmount.BITS)
    @Frequency
    long bitsInPerSecond;

    @Label("Sent")
    @Description("Bits per second of snapshot payload sent")
    @DataAmount(DataAmount.BITS)
    @Frequency
    long bitsOutPerSecond;

    @Label("Refusals")
    @Description("Inputs and messages refused since the previous event")
    long refusals;

    void set(int tcpPort, ServerSample s) {
        this.tcpPort = tcpPort;
        players = s.players();
        rooms = s.rooms();
        steps = s.steps();
        stepP50 = (long) (s.stepP50Millis() * 1e6);
        stepP99 = (long) (s.stepP99Millis() * 1e6);
        bitsInPerSecond = s.kbitInPerSecond() < 0 ? -1 : (long) (s.kbitInPerSecond() * 1000);
        bitsOutPerSecond = (long) (s.kbitOutPerSecond() * 1000);
        refusals = s.refusals();
    }
}
