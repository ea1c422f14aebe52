package dev.javelin.engine.transport;

import dev.javelin.engine.loop.Clock;

/** The contract holds through a {@link ConditionedTransport} that adds nothing. */
class ConditionedLocalTransportTest extends TransportContract {

    @Override
    protected Transport newTransport(MessageRegistry registry) {
        return new ConditionedTransport(new LocalTransport(registry), NetworkConditions.NONE, 1L, Clock.system());
    }
}
