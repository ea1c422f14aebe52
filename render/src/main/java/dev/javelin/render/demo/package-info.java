/**
 * A runnable demo of the renderer on its own loop: {@link dev.javelin.render.demo.RenderDemo} steps a
 * small game on a {@link dev.javelin.engine.loop.StepLoop} thread and draws it with
 * {@link dev.javelin.render.GlRenderer}. Not part of the framework's API.
 */
package dev.javelin.render.demo;
