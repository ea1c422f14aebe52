package dev.javelin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import dev.javelin.engine.world.GameWorld;
import dev.javelin.engine.world.PhysicalObject3D;
import dev.javelin.engine.physics.WorldBounds;
import dev.javelin.engine.view.RenderObject;
import dev.javelin.engine.view.RenderStatePublisher;
import org.joml.Quaternionf;
import org.joml.Vector3f;
import org.junit.jupiter.api.Test;

/** What the render thread gets of a {@link PhysicalObject3D}: z and orientation too, frozen per step. */
class RenderSnapshot3DTest {

    @Test
    void publishedStatesCarryHeightAndOrientationOfBothSteps() {
        GameWorld world = new GameWorld();
        PhysicalObject3D cube = (PhysicalObject3D) world.add(new PhysicalObject3D());
        cube.position.set(1f, 2f, 3f);
        cube.orientation.rotationXYZ(0.1f, 0.2f, 0.3f);
        cube.size.set(2f, 1f, 0.5f);
        RenderStatePublisher publisher = new RenderStatePublisher(16_666_667L, WorldBounds.NONE);
        publisher.publishWorld(world, 0L);
        cube.position.z = 4f;
        cube.orientation.rotationXYZ(0.4f, 0.5f, 0.6f);
        RenderObject ro = publisher.publishWorld(world, 16_666_667L).find(cube.id());
        PhysicalObject3D before = (PhysicalObject3D) ro.previous();
        PhysicalObject3D now = (PhysicalObject3D) ro.current();
        assertNotSame(cube, now, "a frozen copy, not the live object");
        assertEquals(3f, before.position.z);
        assertEquals(4f, now.position.z);
        assertEquals(new Quaternionf().rotationXYZ(0.1f, 0.2f, 0.3f), before.orientation);
        assertEquals(new Quaternionf().rotationXYZ(0.4f, 0.5f, 0.6f), now.orientation);
        assertEquals(new Vector3f(2f, 1f, 0.5f), now.size);
        cube.position.z = 9f;
        assertEquals(4f, now.position.z, "later steps do not reach a published state");
    }
}
