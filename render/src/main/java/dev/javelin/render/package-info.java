/**
 * The desktop renderer: {@link dev.javelin.render.Renderer} (the base a game hooks into),
 * {@link dev.javelin.render.GlRenderer} (LWJGL: GLFW window, OpenGL 3.3 core, its own render loop on the
 * main thread) and {@link dev.javelin.render.NullRenderer} (headless). Around them: the sprite batch's
 * drawing surface {@link dev.javelin.render.Graphics}, textures and atlases, stb_truetype text, the
 * orthographic {@link dev.javelin.render.Camera} with wrap-around, {@link dev.javelin.render.Interpolation},
 * {@link dev.javelin.render.KeyBindings}, the net-graph overlay and screenshots. The 3D path:
 * {@link dev.javelin.render.GlRenderer3D} on the same loop, drawing {@link dev.javelin.render.Mesh}es
 * instanced and lit through {@link dev.javelin.render.Graphics3D}, seen by the perspective
 * {@link dev.javelin.render.Camera3D}. The simulation hands
 * states over through {@link dev.javelin.engine.view.RenderStatePublisher} and takes actions back through
 * {@link dev.javelin.engine.view.InputQueue}.
 */
package dev.javelin.render;
