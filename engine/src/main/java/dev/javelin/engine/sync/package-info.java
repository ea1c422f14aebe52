/**
 * Client-side sync strategies: {@link dev.javelin.engine.sync.ExtrapolateStrategy} (prediction with
 * re-enactment and bending), {@link dev.javelin.engine.sync.InterpolateStrategy} and
 * {@link dev.javelin.engine.sync.FrameSyncStrategy}, chosen by name through
 * {@link dev.javelin.engine.sync.SyncSettings}, plus drift correction and the adaptive interpolation delay.
 */
package dev.javelin.engine.sync;
