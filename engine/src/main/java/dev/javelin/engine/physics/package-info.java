/**
 * Physics: the {@link dev.javelin.engine.physics.PhysicsEngine} interface, the arcade
 * {@link dev.javelin.engine.physics.SimplePhysicsEngine}, and its interchangeable collision detectors.
 */
package dev.javelin.engine.physics;
