package dev.javelin.render;

import dev.javelin.engine.view.InputQueue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which key does what, in the manner of Lance's {@code KeyboardControls.bindKey}: a key (or mouse
 * button, see {@link Keys}) names an action, says whether it fires once per press or repeats once per
 * simulation step while held, and carries two parameters — fixed numbers, or the world point under the
 * mouse cursor. Key events become {@link dev.javelin.engine.view.InputAction}s in the renderer's
 * {@link InputQueue}; the client engine turns those into inputs.
 *
 * <p>Threads: bind and unbind from any thread, at any time (the table is copied on write); the key
 * events themselves are handled on the render thread.
 */
public final class KeyBindings {

    /** When a bound key produces its action. */
    public enum Trigger {
        /** Once per press. */
        ONCE,
        /** Once per simulation step for as long as the key is held (and once for a tap). */
        REPEAT
    }

    /**
     * One binding.
     *
     * @param key        the key code ({@link Keys})
     * @param action     the action name, 1 to 32 characters
     * @param trigger    once or repeat, never null
     * @param x          first parameter (ignored when {@code withCursor})
     * @param y          second parameter (ignored when {@code withCursor})
     * @param withCursor when true the parameters are the world point under the mouse cursor
     */
    public record Binding(int key, String action, Trigger trigger, float x, float y, boolean withCursor) {
        public Binding {
            if (action == null || action.isEmpty() || action.length() > dev.javelin.engine.world.Input.MAX_ACTION_LENGTH) {
                throw new IllegalArgumentException("binding action must be 1 to 32 characters, was '" + action + "'");
            }
            if (trigger == null) {
                throw new IllegalArgumentException("binding trigger must not be null");
            }
        }
    }

    private volatile Map<Integer, Binding> table = Map.of();
    // Render thread only: keys down now with the binding they were pressed under, and how many held keys
    // drive each repeating action (two keys may share one).
    private final Map<Integer, Binding> down = new HashMap<>();
    private final Map<String, Integer> heldKeys = new HashMap<>();

    /** Binds {@code key} to {@code action} with no parameters; replaces an earlier binding of the key. */
    public KeyBindings bind(int key, String action, Trigger trigger) {
        return put(new Binding(key, action, trigger, 0f, 0f, false));
    }

    /** Binds the key called {@code keyName} (see {@link Keys#byName}) to {@code action}. */
    public KeyBindings bind(String keyName, String action, Trigger trigger) {
        return bind(Keys.byName(keyName), action, trigger);
    }

    /** Binds {@code key} to {@code action} with fixed parameters {@code x} and {@code y}. */
    public KeyBindings bind(int key, String action, Trigger trigger, float x, float y) {
        return put(new Binding(key, action, trigger, x, y, false));
    }

    /** Binds {@code key} to {@code action} whose parameters are the world point under the cursor. */
    public KeyBindings bindWithCursor(int key, String action, Trigger trigger) {
        return put(new Binding(key, action, trigger, 0f, 0f, true));
    }

    /** Removes the binding of {@code key}, if any. */
    public synchronized KeyBindings unbind(int key) {
        Map<Integer, Binding> copy = new LinkedHashMap<>(table);
        copy.remove(key);
        table = Collections.unmodifiableMap(copy);
        return this;
    }

    /** The binding of {@code key}, or null. */
    public Binding get(int key) {
        return table.get(key);
    }

    /** Every binding, in the order bound. */
    public List<Binding> all() {
        return new ArrayList<>(table.values());
    }

    private synchronized KeyBindings put(Binding b) {
        Map<Integer, Binding> copy = new LinkedHashMap<>(table);
        copy.put(b.key(), b);
        table = Collections.unmodifiableMap(copy);
        return this;
    }

    /** A key went down; cursor is the world point under the mouse. Render thread. Returns true if bound. */
    boolean keyPressed(int key, float cursorX, float cursorY, InputQueue queue) {
        Binding b = table.get(key);
        if (b == null || down.containsKey(key)) {
            return b != null;
        }
        down.put(key, b);
        float x = b.withCursor() ? cursorX : b.x();
        float y = b.withCursor() ? cursorY : b.y();
        if (b.trigger() == Trigger.ONCE) {
            queue.post(b.action(), x, y);
        } else {
            heldKeys.merge(b.action(), 1, Integer::sum);
            queue.hold(b.action(), x, y);
        }
        return true;
    }

    /** A key went up. Render thread. */
    void keyReleased(int key, InputQueue queue) {
        Binding b = down.remove(key);
        if (b != null && b.trigger() == Trigger.REPEAT) {
            int left = heldKeys.merge(b.action(), -1, Integer::sum);
            if (left <= 0) {
                heldKeys.remove(b.action());
                queue.release(b.action());
            }
        }
    }

    /** The cursor moved: held cursor-bound actions take the new point. Render thread. */
    void cursorMoved(float cursorX, float cursorY, InputQueue queue) {
        if (down.isEmpty()) {
            return;
        }
        for (Binding b : down.values()) {
            if (b.withCursor() && b.trigger() == Trigger.REPEAT) {
                queue.hold(b.action(), cursorX, cursorY);
            }
        }
    }

    /** Every key counts as released (focus lost, loop ending). Render thread. */
    void releaseAll(InputQueue queue) {
        for (Integer key : new ArrayList<>(down.keySet())) {
            keyReleased(key, queue);
        }
        down.clear();
        heldKeys.clear();
    }
}
