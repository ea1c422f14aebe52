package dev.javelin.sample.game;

import dev.javelin.engine.server.InputValidator;
import dev.javelin.engine.server.ServerPlayer;
import dev.javelin.engine.world.Input;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * The arena's say on inputs at the server: only its four actions, and each at most once per player per step. Each
 * {@code up} adds a step's thrust and each {@code left}/{@code right} a step's turn, so without the budget a client
 * sending ten inputs a step (late ones, or several for the same step, all inside the transport's rate limit) would
 * fly ten times as fast as an honest one; with it more inputs never mean more speed, turn or fire.
 *
 * <p>The budget is counted by the step the input is applied in, not the step it claims, so late inputs cannot be
 * saved up. Memory: one small entry per player, dropped when more than {@link #MAX_TRACKED} are tracked (the worst
 * a reset allows is one extra action in one step). Called on the server's simulation thread.
 */
public final class SpaceInputValidator implements InputValidator {

    /** Players tracked before the table is reset. */
    static final int MAX_TRACKED = 4096;
    private static final String[] ACTIONS = {"up", "left", "right", "fire"};

    private final IntSupplier stepCount;
    private final Map<Integer, int[]> lastStepByPlayer = new HashMap<>();

    /** @param game the server's game, whose step count says which step an input is applied in */
    public SpaceInputValidator(SpaceGame game) {
        this(() -> game.world().stepCount());
    }

    /**
     * For a server whose game a factory makes later.
     *
     * @param stepCount the server game's step count (steps completed), read on the simulation thread
     */
    public SpaceInputValidator(IntSupplier stepCount) {
        this.stepCount = stepCount;
    }

    @Override
    public boolean accept(ServerPlayer player, Input input) {
        int action = indexOf(input.action());
        if (action < 0) {
            return false;
        }
        int applyingStep = stepCount.getAsInt() + 1;
        int[] last = lastStepByPlayer.get(player.id());
        if (last == null) {
            if (lastStepByPlayer.size() >= MAX_TRACKED) {
                lastStepByPlayer.clear();
            }
            last = new int[] {-1, -1, -1, -1};
            lastStepByPlayer.put(player.id(), last);
        }
        if (last[action] == applyingStep) {
            return false;
        }
        last[action] = applyingStep;
        return true;
    }

    private static int indexOf(String action) {
        for (int i = 0; i < ACTIONS.length; i++) {
            if (ACTIONS[i].equals(action)) {
                return i;
            }
        }
        return -1;
    }
}
