package dev.javelin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.view.InputAction;
import dev.javelin.engine.view.InputQueue;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyBindingsTest {

    @Test
    void onceBindingPostsOnePerPressAndIgnoresAutoRepeatWhileDown() {
        KeyBindings b = new KeyBindings().bind(Keys.SPACE, "fire", KeyBindings.Trigger.ONCE, 3f, 4f);
        InputQueue q = new InputQueue();
        b.keyPressed(Keys.SPACE, 0, 0, q);
        b.keyPressed(Keys.SPACE, 0, 0, q);
        assertEquals(List.of(new InputAction("fire", 3f, 4f)), q.drain());
        b.keyReleased(Keys.SPACE, q);
        b.keyPressed(Keys.SPACE, 0, 0, q);
        assertEquals(1, q.drain().size());
    }

    @Test
    void twoKeysHoldingOneRepeatingActionReleaseItOnlyWhenBothAreUp() {
        KeyBindings b = new KeyBindings().bind(Keys.UP, "up", KeyBindings.Trigger.REPEAT)
                .bind(Keys.W, "up", KeyBindings.Trigger.REPEAT);
        InputQueue q = new InputQueue();
        b.keyPressed(Keys.UP, 0, 0, q);
        b.keyPressed(Keys.W, 0, 0, q);
        b.keyReleased(Keys.UP, q);
        assertTrue(q.isHeld("up"));
        b.keyReleased(Keys.W, q);
        assertFalse(q.isHeld("up"));
    }

    @Test
    void cursorBindingCarriesTheWorldPointAndFollowsTheCursorWhileHeld() {
        KeyBindings b = new KeyBindings().bindWithCursor(Keys.MOUSE_LEFT, "aim", KeyBindings.Trigger.REPEAT);
        InputQueue q = new InputQueue();
        b.keyPressed(Keys.MOUSE_LEFT, 5f, 6f, q);
        assertEquals(List.of(new InputAction("aim", 5f, 6f)), q.drain());
        b.cursorMoved(7f, 8f, q);
        assertEquals(List.of(new InputAction("aim", 7f, 8f)), q.drain());
    }

    @Test
    void unboundKeysDoNothingAndKeyNamesResolveLikeLances() {
        KeyBindings b = new KeyBindings().bind("left", "turn", KeyBindings.Trigger.REPEAT);
        InputQueue q = new InputQueue();
        assertFalse(b.keyPressed(Keys.A, 0, 0, q));
        assertEquals(List.of(), q.drain());
        assertEquals(Keys.LEFT, b.all().get(0).key());
        assertEquals(Keys.F3, Keys.byName("F3"));
        assertEquals(Keys.NUM_7, Keys.byName("7"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Keys.byName("hyper"));
        assertTrue(e.getMessage().contains("hyper"));
    }

    @Test
    void losingFocusReleasesEveryHeldAction() {
        KeyBindings b = new KeyBindings().bind(Keys.UP, "up", KeyBindings.Trigger.REPEAT);
        InputQueue q = new InputQueue();
        b.keyPressed(Keys.UP, 0, 0, q);
        q.drain();
        b.releaseAll(q);
        assertFalse(q.isHeld("up"));
        assertEquals(List.of(), q.drain());
    }
}
