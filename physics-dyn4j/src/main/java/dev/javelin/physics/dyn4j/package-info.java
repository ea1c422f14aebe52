/**
 * The dyn4j binding: {@link dev.javelin.physics.dyn4j.Dyn4jPhysicsEngine} steps the
 * {@link dev.javelin.engine.rigid.PhysicalObject2D}s and {@link dev.javelin.engine.rigid.Joint2D}s of a
 * {@link dev.javelin.engine.world.GameWorld} with dyn4j's rigid-body solver, deterministically and re-enactably,
 * and answers ray casts and shape queries. Only this package sees dyn4j types; games see the engine's.
 */
package dev.javelin.physics.dyn4j;
