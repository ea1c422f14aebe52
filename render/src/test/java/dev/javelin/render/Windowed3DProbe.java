package dev.javelin.render;

import static org.lwjgl.glfw.GLFW.GLFW_PLATFORM_X11;
import static org.lwjgl.glfw.GLFW.glfwGetPlatform;

import dev.javelin.engine.world.GameWorld;
import dev.javelin.engine.world.PhysicalObject3D;
import dev.javelin.engine.physics.WorldBounds;
import dev.javelin.engine.view.InputQueue;
import dev.javelin.engine.view.RenderState;
import dev.javelin.engine.view.RenderStatePublisher;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Started by {@link GlRenderer3DWindowedTest} in a child JVM with DISPLAY set: opens a real X11 window
 * and draws a grey 2 m cube at the origin seen from (3, 2, 2.5), its collision shape in the debug view,
 * and a line of HUD text; saves the frame as a PNG and exits 0.
 */
public final class Windowed3DProbe {

    static final int WIDTH = 240;
    static final int HEIGHT = 180;

    private Windowed3DProbe() {
    }

    static void aim(Camera3D camera) {
        camera.lookAt(3f, 2f, 2.5f, 0f, 0f, 0f);
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        GlRenderer3D r = new GlRenderer3D(RenderOptions.builder().size(WIDTH, HEIGHT).title("javelin-windowed-3d-test")
                .vsync(false).fpsCap(120).maxFrames(2000).clearColor(Color.BLACK).build()) {
            @Override
            protected void started() {
                System.out.println("platform=" + (glfwGetPlatform() == GLFW_PLATFORM_X11 ? "X11" : "other"));
                System.out.println("renderer=" + glRenderer());
            }

            @Override
            protected void drawHud(Graphics g, RenderState state) {
                g.text("Xvfb", 10f, 170f, 24f, Color.WHITE);
            }
        };
        aim(r.camera3D());
        r.onDraw3D(PhysicalObject3D.class, Mesh.box(), 0xC0C0C0FF);
        r.setDebugShapesVisible(true);
        GameWorld world = new GameWorld();
        PhysicalObject3D cube = new PhysicalObject3D();
        cube.size.set(2f, 2f, 2f);
        world.add(cube);
        RenderStatePublisher states = new RenderStatePublisher(16_666_667L, WorldBounds.NONE);
        states.publishWorld(world, 0L);
        Thread script = new Thread(() -> {
            try {
                r.capture().get(20, TimeUnit.SECONDS);
                System.out.println("saved=" + r.screenshot(out).get(20, TimeUnit.SECONDS));
                System.out.println("meshDrawCalls=" + r.lastFrameMeshDrawCalls());
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                r.stop();
            }
        });
        script.start();
        r.run(states, new InputQueue());
        script.join();
    }
}
