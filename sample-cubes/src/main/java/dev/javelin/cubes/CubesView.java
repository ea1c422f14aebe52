package dev.javelin.cubes;

import dev.javelin.engine.client.ClientEngine;

/**
 * What shows a cube client to its player: the seam where the 3D renderer plugs in. The view gets the
 * connected client before it starts, hooks itself up (render states through {@link ClientEngine#publishTo},
 * inputs through {@link ClientEngine#useInputQueue}, step listeners), calls {@link ClientEngine#start()}, and
 * returns when the player quits or {@code seconds} have passed (0 for no limit). The launcher closes the
 * client afterwards.
 *
 * <p>Threads: called on the launcher's main thread, which it may keep (a window's thread).
 */
public interface CubesView {

    void run(ClientEngine client, double seconds) throws Exception;
}
