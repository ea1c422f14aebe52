package dev.javelin.engine.sync;

import dev.javelin.engine.GameEngine;

/** A client context with every value set by the test. */
final class FakeClientContext implements ClientContext {

    final GameEngine game;
    final InputHistory inputs = new InputHistory(256);
    final SyncStats stats = new SyncStats();
    int playerId;
    double serverStep;
    long now;
    long snapshotInterval = 100_000_000L;
    long rtt = 100_000_000L;

    FakeClientContext(GameEngine game, int playerId) {
        this.game = game;
        this.playerId = playerId;
        game.world().setClientMode(true);
    }

    @Override
    public GameEngine game() {
        return game;
    }

    @Override
    public int playerId() {
        return playerId;
    }

    @Override
    public InputHistory inputs() {
        return inputs;
    }

    @Override
    public double serverStepEstimate() {
        return serverStep;
    }

    @Override
    public long nowNanos() {
        return now;
    }

    @Override
    public long snapshotIntervalNanos() {
        return snapshotInterval;
    }

    @Override
    public long rttNanos() {
        return rtt;
    }

    @Override
    public SyncStats stats() {
        return stats;
    }
}
