package dev.javelin.physics.dyn4j;

import dev.javelin.engine.rigid.Fixture2D;
import dev.javelin.engine.rigid.Shape2D;
import org.dyn4j.collision.CategoryFilter;
import org.dyn4j.dynamics.BodyFixture;
import org.dyn4j.geometry.Circle;
import org.dyn4j.geometry.Convex;
import org.dyn4j.geometry.Polygon;
import org.dyn4j.geometry.Vector2;

/** Turns the engine's pure-Java shape declarations into dyn4j's. */
final class Shapes {

    private Shapes() {
    }

    static Convex convex(Shape2D s) {
        if (s.kind() == Shape2D.Kind.CIRCLE) {
            Circle c = new Circle(s.radius());
            c.translate(s.centerX(), s.centerY());
            return c;
        }
        Vector2[] v = new Vector2[s.vertexCount()];
        for (int i = 0; i < v.length; i++) {
            v[i] = new Vector2(s.vertexX(i), s.vertexY(i));
        }
        return new Polygon(v);
    }

    static BodyFixture fixture(Fixture2D f) {
        BodyFixture b = new BodyFixture(convex(f.shape()));
        b.setDensity(f.density());
        b.setFriction(f.friction());
        b.setRestitution(f.restitution());
        b.setSensor(f.sensor());
        b.setFilter(filter(f.category(), f.mask()));
        return b;
    }

    /** dyn4j's 64-bit filter from the engine's 32-bit one (the sign is not spread into the high bits). */
    static CategoryFilter filter(int category, int mask) {
        return new CategoryFilter(category & 0xFFFFFFFFL, mask & 0xFFFFFFFFL);
    }
}
