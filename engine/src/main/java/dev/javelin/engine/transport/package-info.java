/**
 * How engines talk without knowing sockets: the {@link dev.javelin.engine.transport.Transport} factory and
 * its two ends ({@link dev.javelin.engine.transport.TransportServer},
 * {@link dev.javelin.engine.transport.TransportClient}), the {@link dev.javelin.engine.transport.MessageRegistry}
 * of message classes, the event queue that hands network events to the simulation thread, the in-memory
 * {@link dev.javelin.engine.transport.LocalTransport} and the fault-adding
 * {@link dev.javelin.engine.transport.ConditionedTransport}. The KryoNet implementation lives in module net.
 */
package dev.javelin.engine.transport;
