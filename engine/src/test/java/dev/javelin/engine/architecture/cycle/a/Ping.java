package dev.javelin.engine.architecture.cycle.a;

import dev.javelin.engine.architecture.cycle.b.Pong;

/** Half of a deliberate package cycle that {@code LayeringTest} must catch. */
public final class Ping {
    Pong partner;
}
