package dev.javelin.engine.server;

import dev.javelin.engine.protocol.InputMessage;
import dev.javelin.engine.world.Input;
import java.util.function.Consumer;

/**
 * Every input passes here twice: on arrival ({@link #admit}: message shape, per-player rate, step window,
 * queue room) and when its step comes ({@link #accepts}: the game's {@link InputValidator}). Refusals are
 * counted on the player and in {@link ServerStats} and logged at most once a second, so a flood costs a
 * counter, not a log line per input.
 *
 * <p>Threads: the server's simulation thread.
 */
final class InputGate {

    private final ServerConfig config;
    private final InputValidator validator;
    private final ServerStats stats;
    private final RateLimitedLog log;

    InputGate(ServerConfig config, InputValidator validator, ServerStats stats, Consumer<String> sink) {
        this.config = config;
        this.validator = validator;
        this.stats = stats;
        this.log = new RateLimitedLog(sink, 1_000_000_000L);
    }

    /** Queues the new inputs of {@code entries} for {@code p}, the next step being {@code nextStep}. */
    void admit(ServerPlayer p, Input[] entries, int nextStep, long now) {
        if (entries == null || entries.length > InputMessage.MAX_INPUTS) {
            if (rejected(p, now)) {
                log.emit(now, "rejected from " + p + ": input message with "
                        + (entries == null ? "no" : entries.length) + " inputs");
            }
            return;
        }
        p.refill(now, config.maxInputsPerSecond());
        int overRate = 0;
        for (Input input : entries) {
            if (input == null || input.sequence() <= p.inputs().highestReceived()) {
                continue;
            }
            if (!p.takeToken()) {
                overRate++;
                continue;
            }
            PlayerInputQueue.Outcome outcome = p.inputs().offer(input, nextStep);
            if (outcome != PlayerInputQueue.Outcome.QUEUED && outcome != PlayerInputQueue.Outcome.DUPLICATE
                    && rejected(p, now)) {
                log.emit(now, "rejected from " + p + ": input " + input.sequence() + " for step " + input.step()
                        + " at step " + nextStep + ": " + outcome);
            }
        }
        if (overRate > 0) {
            p.countOverRate(overRate);
            stats.inputsOverRate += overRate;
            if (log.admit(now)) {
                log.emit(now, "input rate limit hit by " + p + " (" + overRate + " inputs dropped)");
            }
        }
    }

    /** True if the game's validator lets {@code input} apply for {@code p} now; a refusal is counted. */
    boolean accepts(ServerPlayer p, Input input, long now) {
        if (validator.accept(p, input)) {
            stats.inputsApplied++;
            return true;
        }
        if (rejected(p, now)) {
            log.emit(now, "rejected from " + p + ": input '" + input.action() + "' refused by the game");
        }
        return false;
    }

    /** Counts a refused input; true if the refusal should also be logged now (see {@link RateLimitedLog#admit}). */
    private boolean rejected(ServerPlayer p, long now) {
        p.countRejected();
        stats.inputsRejected++;
        return log.admit(now);
    }
}
