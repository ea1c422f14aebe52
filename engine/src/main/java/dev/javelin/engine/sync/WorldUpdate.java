package dev.javelin.engine.sync;

import dev.javelin.engine.world.GameObject;
import java.util.List;

/**
 * What one snapshot told the client, in the form the sync strategies use: the server's state at
 * {@code step} of every object the snapshot carried, and the ids it destroyed. Objects the snapshot
 * did not carry (left out by the priority accumulator) are simply absent: they are not stale copies.
 *
 * @param sequence  the snapshot's sequence number
 * @param step      the server step the states belong to
 * @param carried   server states, in ascending id order; the strategy may keep or consume these
 *                  instances (they are fresh copies, not the decoder's); never null
 * @param destroyed ids removed since the baseline, ascending; never null
 * @param events    game events carried by this snapshot, in order; never null
 */
public record WorldUpdate(int sequence, int step, List<GameObject> carried, int[] destroyed, List<Object> events) {
}
