package dev.javelin.engine.lagcomp;

/**
 * The result of a ray query, filled in place so that a query allocates nothing: the caller keeps one and
 * passes it to every query. Threads: whichever thread runs the query (the simulation thread).
 */
public final class CompensatedHit {

    /** The id of the object hit, or 0 when the ray hit nothing. */
    public int objectId;
    /** Distance from the ray's origin to the point where it enters the object, in world units; 0 on a miss. */
    public float distance;

    /** True when the last query hit an object. */
    public boolean hit() {
        return objectId != 0;
    }

    void clear() {
        objectId = 0;
        distance = 0;
    }

    @Override
    public String toString() {
        return hit() ? "hit " + objectId + " at " + distance : "miss";
    }
}
