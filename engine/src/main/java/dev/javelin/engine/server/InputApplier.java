package dev.javelin.engine.server;

import dev.javelin.engine.GameEngine;
import dev.javelin.engine.StepFailure;
import dev.javelin.engine.world.Input;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;

/**
 * Applies the inputs due in a step, player by player in id order: each passes the {@code InputGate}, is shown to
 * the input listeners (a replay recorder, a trace), then goes to the game's {@code processInput}. A throw from
 * {@code processInput} becomes a {@link StepFailure} naming the input and the player.
 *
 * <p>Threads: the simulation thread.
 */
final class InputApplier {

    private final GameEngine game;
    private final PlayerRoster roster;
    private final InputGate gate;
    private final List<ObjIntConsumer<Input>> listeners = new ArrayList<>();
    private final Consumer<Input> applyInput = this::apply;
    private ServerPlayer applying;
    private long now;

    InputApplier(GameEngine game, PlayerRoster roster, InputGate gate) {
        this.game = game;
        this.roster = roster;
        this.gate = gate;
    }

    void addListener(ObjIntConsumer<Input> listener) {
        if (listener == null) {
            throw new IllegalArgumentException("listener must not be null");
        }
        listeners.add(listener);
    }

    /** Applies every player's inputs due at step {@code step}, as of {@code now} (clock nanoseconds). */
    void applyDue(int step, long now) {
        this.now = now;
        List<ServerPlayer> order = roster.inOrder();
        for (int i = 0, count = order.size(); i < count; i++) {
            applying = order.get(i);
            applying.inputs().drainDue(step, applyInput);
        }
        applying = null;
    }

    /** The player whose inputs were being applied when a step threw, or null if it threw elsewhere. */
    ServerPlayer applying() {
        return applying;
    }

    private void apply(Input input) {
        if (gate.accepts(applying, input, now)) {
            for (int i = 0, n = listeners.size(); i < n; i++) {
                listeners.get(i).accept(input, applying.id());
            }
            try {
                game.processInput(input, applying.id(), true);
            } catch (RuntimeException | StackOverflowError | AssertionError e) {
                throw new StepFailure(game.world().stepCount() + 1, "processInput of input " + input.sequence()
                        + " '" + input.action() + "' from " + applying, null, e);
            }
        }
    }
}
