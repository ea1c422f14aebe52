/**
 * Pure-Java declarations of 2D rigid bodies: {@link dev.javelin.engine.rigid.PhysicalObject2D} (a
 * {@link dev.javelin.engine.world.DynamicObject} with fixtures, mass, damping, a body kind and a sleep state),
 * its {@link dev.javelin.engine.rigid.Fixture2D}s and {@link dev.javelin.engine.rigid.Shape2D}s, and
 * {@link dev.javelin.engine.rigid.Joint2D}, a joint that lives in the world as an object of its own.
 *
 * <p>Nothing here depends on a physics library: a game declares its bodies once and picks the engine at
 * start-up ({@code SimplePhysicsEngine} in the engine, or the dyn4j binding in its own module). These
 * types sit between the objects (the package above) and the engines that read them.
 */
package dev.javelin.engine.rigid;
