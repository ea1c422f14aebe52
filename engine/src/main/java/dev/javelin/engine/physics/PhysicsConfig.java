package dev.javelin.engine.physics;

/**
 * Settings of {@link SimplePhysicsEngine}. Build with {@link #builder()}; every setter validates and
 * names the setting in its error.
 *
 * @param gravityX     acceleration on x in units/s², applied to every non-static object
 * @param gravityY     acceleration on y in units/s²
 * @param gravityZ     acceleration on z in units/s² (3D objects only)
 * @param bounds       world edges, never null
 * @param detector     which broad phase to use
 * @param cellSize     spatial-hash cell edge in world units
 * @param autoResolve  whether overlapping objects are pushed apart and bounce
 * @param restitution  fraction of speed kept along the contact normal in a bounce, 0 to 1
 */
public record PhysicsConfig(float gravityX, float gravityY, float gravityZ, WorldBounds bounds,
                            CollisionDetector.Kind detector, float cellSize, boolean autoResolve,
                            float restitution) {

    public PhysicsConfig {
        requireFinite("gravityX", gravityX);
        requireFinite("gravityY", gravityY);
        requireFinite("gravityZ", gravityZ);
        if (bounds == null) {
            throw new IllegalArgumentException("physics bounds must not be null");
        }
        if (detector == null) {
            throw new IllegalArgumentException("physics detector must be one of BRUTE_FORCE, SPATIAL_HASH");
        }
        if (!(cellSize > 0) || !Float.isFinite(cellSize)) {
            throw new IllegalArgumentException("physics cellSize must be positive, was " + cellSize);
        }
        if (!(restitution >= 0 && restitution <= 1)) {
            throw new IllegalArgumentException("physics restitution must be within 0..1, was " + restitution);
        }
    }

    /** Defaults: no gravity, unbounded, spatial hash with 4-unit cells, no auto-resolve, restitution 1. */
    public static Builder builder() {
        return new Builder();
    }

    private static void requireFinite(String name, float v) {
        if (!Float.isFinite(v)) {
            throw new IllegalArgumentException("physics " + name + " must be finite, was " + v);
        }
    }

    /** Mutable builder for {@link PhysicsConfig}. */
    public static final class Builder {
        private float gravityX;
        private float gravityY;
        private float gravityZ;
        private WorldBounds bounds = WorldBounds.NONE;
        private CollisionDetector.Kind detector = CollisionDetector.Kind.SPATIAL_HASH;
        private float cellSize = 4f;
        private boolean autoResolve;
        private float restitution = 1f;

        public Builder gravity(float x, float y) {
            this.gravityX = x;
            this.gravityY = y;
            return this;
        }

        public Builder gravity(float x, float y, float z) {
            gravity(x, y);
            this.gravityZ = z;
            return this;
        }

        public Builder bounds(WorldBounds bounds) {
            this.bounds = bounds;
            return this;
        }

        public Builder detector(CollisionDetector.Kind detector) {
            this.detector = detector;
            return this;
        }

        public Builder cellSize(float cellSize) {
            this.cellSize = cellSize;
            return this;
        }

        public Builder autoResolve(boolean autoResolve) {
            this.autoResolve = autoResolve;
            return this;
        }

        public Builder restitution(float restitution) {
            this.restitution = restitution;
            return this;
        }

        public PhysicsConfig build() {
            return new PhysicsConfig(gravityX, gravityY, gravityZ, bounds, detector, cellSize, autoResolve,
                    restitution);
        }
    }
}
