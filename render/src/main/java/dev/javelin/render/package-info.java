/**
 * The desktop renderer: {@link dev.javelin.render.Renderer} (the base a game hooks into),
 * {@link dev.javelin.render.GlRenderer} (LWJGL: GLFW window, OpenGL 3.3 core, its own render loop on the
 * main thread) and {@link dev.javelin.render.NullRenderer} (headless). Around them: the sprite batch's
 * drawing surface {@link dev.javelin.render.Graphics}, textures and atlases, stb_truetype text, the
 * orthographic {@link dev.javelin.render.Camera} with wrap-around, {@link dev.javelin.render.Interpolation},
 * {@link dev.javelin.render.KeyBindings}, the net-graph overlay and screenshots. The simulation hands
 * states over through {@link dev.javelin.engine.view.RenderStatePublisher} and takes actions back through
 * {@link dev.javelin.engine.view.InputQueue}.
 */
package dev.javelin.render;
