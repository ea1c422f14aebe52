/**
 * The simulation core: {@link dev.javelin.engine.GameEngine}, {@link dev.javelin.engine.world.GameWorld} and
 * the objects that live in it. Pure Java and JOML; nothing here knows of sockets or OpenGL.
 */
package dev.javelin.engine;
