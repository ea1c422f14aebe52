/**
 * The hand-off between the simulation thread and the render thread: immutable
 * {@link dev.javelin.engine.view.RenderState}s published after each step by a
 * {@link dev.javelin.engine.view.RenderStatePublisher}, and player actions going the other way through an
 * {@link dev.javelin.engine.view.InputQueue}. Pure Java; the LWJGL renderer lives in the render module.
 */
package dev.javelin.engine.view;
