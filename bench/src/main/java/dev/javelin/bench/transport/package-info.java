/**
 * {@code bench/run.sh transport}: unreliable messages per second, latency percentiles and server CPU per
 * connection of {@code KryoNetTransport} over loopback, for 1, 100 and 1,000 connections.
 */
package dev.javelin.bench.transport;
