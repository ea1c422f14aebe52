/**
 * A second, small sample: players push and knock over stacks of crates and balls. The same game runs on
 * {@code SimplePhysicsEngine} or on the dyn4j binding ({@code --physics=simple|dyn4j}), since its bodies are
 * declared with the engine's pure-Java {@link dev.javelin.engine.rigid.PhysicalObject2D}.
 */
package dev.javelin.sample.physics;
