package dev.javelin.engine.world;

import dev.javelin.engine.client.ClientEngine;

/** A world class reaching up to the client: {@code LayeringTest} must reject it. Test sources only. */
final class LayerViolationFixture {
    ClientEngine client;
}
