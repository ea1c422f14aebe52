/**
 * The render benchmark: frames per second and 99th-percentile frame time of
 * {@link dev.javelin.render.GlRenderer} drawing N moving sprites published by a simulation on its own
 * step-loop thread, as a real client would. Run with {@code bench/run.sh render}.
 */
package dev.javelin.bench.render;
