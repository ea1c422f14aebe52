/**
 * The messages server and clients exchange through a transport: join and welcome (reliable), inputs
 * and snapshots (unreliable). Snapshot contents are the codec's bytes, not objects.
 */
package dev.javelin.engine.protocol;
