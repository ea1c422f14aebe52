package dev.javelin.bench.bandwidth;

import java.util.Locale;

/** Sums one encoding's snapshots over a phase and prints its BANDWIDTH line. */
final class Meter {

    private long snapshots;
    private long bits;
    private long movingObjects;
    private long movingBits;
    private long restingObjects;

    void add(int bytes, int moving, long bitsOfMoving, int resting) {
        snapshots++;
        bits += bytes * 8L;
        movingObjects += moving;
        movingBits += bitsOfMoving;
        restingObjects += resting;
    }

    double kbps(int hz) {
        return snapshots == 0 ? 0 : bits * (double) hz / snapshots / 1000.0;
    }

    double movingPerSnapshot() {
        return snapshots == 0 ? 0 : movingObjects / (double) snapshots;
    }

    long snapshots() {
        return snapshots;
    }

    String line(String scene, String encoding, int hz) {
        double perMoving = movingObjects == 0 ? 0 : movingBits / (double) movingObjects;
        double perResting = restingObjects == 0 ? 0 : (bits - movingBits) / (double) restingObjects;
        return String.format(Locale.ROOT,
                "BANDWIDTH scene=%s encoding=%s hz=%d kbps=%.1f bitsPerMovingObject=%.1f bitsPerRestingObject=%.2f",
                scene, encoding, hz, kbps(hz), perMoving, perResting);
    }
}
