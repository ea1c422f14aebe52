/**
 * Runnable demos of the renderer on its own loop: {@link dev.javelin.render.demo.RenderDemo} steps a
 * small game on a {@link dev.javelin.engine.loop.StepLoop} thread and draws it with
 * {@link dev.javelin.render.GlRenderer}; {@link dev.javelin.render.demo.CubeDemo} draws the tumbling
 * {@link dev.javelin.render.demo.CubeScene} with {@link dev.javelin.render.GlRenderer3D} (the 3D render
 * benchmark draws the same scene). Not part of the framework's API.
 */
package dev.javelin.render.demo;
