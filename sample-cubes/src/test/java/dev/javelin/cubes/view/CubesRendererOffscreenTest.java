package dev.javelin.cubes.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.cubes.game.Cube;
import dev.javelin.cubes.game.Floor;
import dev.javelin.cubes.game.PlayerCube;
import dev.javelin.engine.view.InputQueue;
import dev.javelin.engine.view.RenderStatePublisher;
import dev.javelin.engine.world.GameWorld;
import dev.javelin.engine.physics.WorldBounds;
import dev.javelin.render.Color;
import dev.javelin.render.Pixels;
import dev.javelin.render.RenderOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The cube view drawn offscreen (GLFW null platform, EGL, Mesa) from a published state: the camera on the
 * player's cube in its player's colour, the pile's cubes around it, and F4's collision outlines only when on.
 * The frames are kept in target/screenshots.
 */
class CubesRendererOffscreenTest {

    private static Pixels draw(boolean debugShapes) throws Exception {
        GameWorld world = new GameWorld();
        world.add(new Floor());
        PlayerCube me = new PlayerCube();
        me.setOwnerId(1);
        me.position.set(0f, 0f, 1f);
        world.add(me);
        for (int i = -3; i <= 3; i++) {
            Cube c = new Cube();
            c.position.set(i * 1.5f, 4f, 0.5f);
            c.orientation.rotationZ(0.3f * i);
            world.add(c);
        }
        RenderStatePublisher states = new RenderStatePublisher(16_666_667L, WorldBounds.NONE);
        states.publishWorld(world, 0L);
        CubesRenderer view = new CubesRenderer(RenderOptions.builder().size(400, 300).offscreen(true).maxFrames(6)
                .build(), () -> 1, "extrapolate");
        view.setDebugShapesVisible(debugShapes);
        CompletableFuture<Pixels> shot = new CompletableFuture<>();
        // From the third frame on the camera follows the player's cube (its aim is set while drawing the first).
        view.addFrameListener((frame, end, nanos) -> {
            if (frame == 3) {
                view.capture().whenComplete((p, e) -> {
                    if (e == null) {
                        shot.complete(p);
                    } else {
                        shot.completeExceptionally(e);
                    }
                });
            }
        });
        view.run(states, new InputQueue());
        Pixels p = shot.get(10, TimeUnit.SECONDS);
        // Kept as an artifact, to look at when a check fails.
        Path png = Path.of("target", "screenshots", debugShapes ? "cubes-view-shapes.png" : "cubes-view.png");
        Files.createDirectories(png.getParent());
        p.writePng(png);
        return p;
    }

    @Test
    void theCameraFollowsThePlayersCubeInItsColourWithThePileBehind() throws Exception {
        Pixels p = draw(false);
        int player = 0;
        int sand = 0;
        int outline = 0;
        for (int y = 0; y < p.height(); y++) {
            for (int x = 0; x < p.width(); x++) {
                int c = p.rgba(x, y);
                int r = Color.red(c);
                int g = Color.green(c);
                int b = Color.blue(c);
                boolean centre = Math.abs(x - 200) < 60 && Math.abs(y - 150) < 60;
                player += centre && b > 2 * r && b > g ? 1 : 0;
                sand += r > 40 && r > g && g > b && r > b * 1.3f ? 1 : 0;
                outline += g > 200 && r < 110 && b < 150 ? 1 : 0;
            }
        }
        assertTrue(player > 1_000, "player 1's blue cube at the centre: " + player);
        assertTrue(sand > 500, "the pile's sand cubes behind it: " + sand);
        assertEquals(0, outline, "no collision outlines while F4 is off");
    }

    @Test
    void theDebugViewOutlinesEveryBodysShape() throws Exception {
        Pixels p = draw(true);
        int outline = 0;
        for (int y = 0; y < p.height(); y++) {
            for (int x = 0; x < p.width(); x++) {
                int c = p.rgba(x, y);
                outline += Color.green(c) > 200 && Color.red(c) < 110 && Color.blue(c) < 150 ? 1 : 0;
            }
        }
        assertTrue(outline > 300, "green outlines of awake bodies: " + outline);
    }
}
