package dev.javelin.render;

import static org.lwjgl.glfw.GLFW.GLFW_PLATFORM_X11;
import static org.lwjgl.glfw.GLFW.glfwGetPlatform;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.GameWorld;
import dev.javelin.engine.physics.WorldBounds;
import dev.javelin.engine.view.InputQueue;
import dev.javelin.engine.view.RenderState;
import dev.javelin.engine.view.RenderStatePublisher;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Started by {@link GlRendererWindowedTest} in a child JVM with DISPLAY set: opens a real X11 window,
 * draws a red box at a known world position, a green sprite (on whichever sprite path the driver gets)
 * and a line of text, saves the frame as a PNG and exits 0.
 */
public final class WindowedProbe {

    private static final TextureRegion WHITE = Texture.white().region();

    private WindowedProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        GlRenderer r = new GlRenderer(RenderOptions.builder().size(240, 160).title("javelin-windowed-test")
                .vsync(false).fpsCap(120).maxFrames(2000).clearColor(Color.BLACK).build()) {
            @Override
            protected void started() {
                System.out.println("platform=" + (glfwGetPlatform() == GLFW_PLATFORM_X11 ? "X11" : "other"));
                System.out.println("sprites=" + spritePath() + " software=" + SoftwareGl.isSoftware(glRenderer()));
            }

            @Override
            protected void drawForeground(Graphics g, RenderState state) {
                g.sprite(WHITE, -4f, -2f, 2f, 2f, 0f, Color.GREEN);
            }

            @Override
            protected void drawHud(Graphics g, RenderState state) {
                g.text("Xvfb", 10f, 150f, 24f, Color.WHITE);
            }
        };
        r.camera().lookAt(0f, 0f);
        r.camera().setPixelsPerUnit(10f);
        r.onDraw(DynamicObject.class, (g, o) -> g.fillRect(o.position.x, o.position.y, o.width, o.height, 0f, Color.RED));
        GameWorld world = new GameWorld();
        world.add(new DynamicObject(3f, 2f, 2f, 2f));
        RenderStatePublisher states = new RenderStatePublisher(16_666_667L, WorldBounds.NONE);
        states.publishWorld(world, 0L);
        Thread script = new Thread(() -> {
            try {
                r.capture().get(20, TimeUnit.SECONDS);
                System.out.println("saved=" + r.screenshot(out).get(20, TimeUnit.SECONDS));
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
