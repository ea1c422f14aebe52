package dev.javelin.engine.architecture.cycle.b;

import dev.javelin.engine.architecture.cycle.a.Ping;

/** Half of a deliberate package cycle that {@code LayeringTest} must catch. */
public final class Pong {
    Ping partner;
}
