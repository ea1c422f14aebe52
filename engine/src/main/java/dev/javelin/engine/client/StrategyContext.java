package dev.javelin.engine.client;

import dev.javelin.engine.GameEngine;
import dev.javelin.engine.sync.ClientContext;
import dev.javelin.engine.sync.InputHistory;
import dev.javelin.engine.sync.SyncStats;

/** What a client's sync strategy sees of it. Threads: the client's simulation thread. */
final class StrategyContext implements ClientContext {

    private final ClientEngine client;

    StrategyContext(ClientEngine client) {
        this.client = client;
    }

    @Override
    public GameEngine game() {
        return client.game();
    }

    @Override
    public int playerId() {
        return client.playerId();
    }

    @Override
    public InputHistory inputs() {
        return client.inputHistory();
    }

    @Override
    public double serverStepEstimate() {
        return client.serverStepEstimate();
    }

    @Override
    public long nowNanos() {
        return client.nowNanos();
    }

    @Override
    public long snapshotIntervalNanos() {
        return client.snapshotIntervalNanos();
    }

    @Override
    public long rttNanos() {
        return client.rttNanos();
    }

    @Override
    public SyncStats stats() {
        return client.syncStats();
    }
}
