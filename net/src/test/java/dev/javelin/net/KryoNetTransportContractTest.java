package dev.javelin.net;

import dev.javelin.engine.transport.MessageRegistry;
import dev.javelin.engine.transport.Transport;
import dev.javelin.engine.transport.TransportContract;

/** The shared transport behaviour over real sockets on 127.0.0.1, ephemeral ports. */
class KryoNetTransportContractTest extends TransportContract {

    @Override
    protected Transport newTransport(MessageRegistry registry) {
        return new KryoNetTransport(registry);
    }
}
