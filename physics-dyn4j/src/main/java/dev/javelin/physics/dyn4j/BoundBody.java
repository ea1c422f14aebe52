package dev.javelin.physics.dyn4j;

import dev.javelin.engine.rigid.PhysicalObject2D;
import org.dyn4j.dynamics.Body;

/**
 * The dyn4j body of one {@link PhysicalObject2D}. It lets the binding restore the sleep state exactly (dyn4j
 * has no setter for the rest timer) and feeds the object's force and torque without allocating.
 */
final class BoundBody extends Body {

    final PhysicalObject2D object;
    /** The object's {@link PhysicalObject2D#fixturesVersion()} the fixtures were built from; -1 before. */
    int fixturesVersion = -1;
    /** The inputs the mass was computed from. */
    float massFor = Float.NaN;
    float inertiaFor = Float.NaN;
    int kindFor = -1;
    private double forceX;
    private double forceY;
    private double torqueNow;

    BoundBody(PhysicalObject2D object) {
        this.object = object;
        setUserData(object);
    }

    /** Sets the sleep flag and the rest timer as they were, without dyn4j's side effects. */
    void restoreRest(boolean asleep, double restSeconds) {
        this.atRest = asleep;
        this.atRestTime = restSeconds;
    }

    /** Seconds this body has been nearly still. */
    double restSeconds() {
        return atRestTime;
    }

    void setLoad(double fx, double fy, double t) {
        forceX = fx;
        forceY = fy;
        torqueNow = t;
    }

    @Override
    protected void accumulate(double elapsedTime) {
        force.set(forceX, forceY);
        torque = torqueNow;
    }
}
