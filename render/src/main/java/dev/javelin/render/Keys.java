package dev.javelin.render;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Key codes for {@link KeyBindings}: GLFW's key codes (so game code need not import GLFW), the mouse
 * buttons mapped above them, and lookup by name as Lance's {@code KeyboardControls} names keys ("up",
 * "space", "a", "f3", "mouse_left"). Constants only; any thread.
 */
public final class Keys {

    public static final int SPACE = 32;
    public static final int APOSTROPHE = 39;
    public static final int COMMA = 44;
    public static final int MINUS = 45;
    public static final int PERIOD = 46;
    public static final int SLASH = 47;
    public static final int NUM_0 = 48;
    public static final int NUM_1 = 49;
    public static final int NUM_2 = 50;
    public static final int NUM_3 = 51;
    public static final int NUM_4 = 52;
    public static final int NUM_5 = 53;
    public static final int NUM_6 = 54;
    public static final int NUM_7 = 55;
    public static final int NUM_8 = 56;
    public static final int NUM_9 = 57;
    public static final int SEMICOLON = 59;
    public static final int EQUAL = 61;
    public static final int A = 65;
    public static final int B = 66;
    public static final int C = 67;
    public static final int D = 68;
    public static final int E = 69;
    public static final int F = 70;
    public static final int G = 71;
    public static final int H = 72;
    public static final int I = 73;
    public static final int J = 74;
    public static final int K = 75;
    public static final int L = 76;
    public static final int M = 77;
    public static final int N = 78;
    public static final int O = 79;
    public static final int P = 80;
    public static final int Q = 81;
    public static final int R = 82;
    public static final int S = 83;
    public static final int T = 84;
    public static final int U = 85;
    public static final int V = 86;
    public static final int W = 87;
    public static final int X = 88;
    public static final int Y = 89;
    public static final int Z = 90;
    public static final int ESCAPE = 256;
    public static final int ENTER = 257;
    public static final int TAB = 258;
    public static final int BACKSPACE = 259;
    public static final int INSERT = 260;
    public static final int DELETE = 261;
    public static final int RIGHT = 262;
    public static final int LEFT = 263;
    public static final int DOWN = 264;
    public static final int UP = 265;
    public static final int PAGE_UP = 266;
    public static final int PAGE_DOWN = 267;
    public static final int HOME = 268;
    public static final int END = 269;
    public static final int F1 = 290;
    public static final int F2 = 291;
    public static final int F3 = 292;
    public static final int F4 = 293;
    public static final int F5 = 294;
    public static final int F6 = 295;
    public static final int F7 = 296;
    public static final int F8 = 297;
    public static final int F9 = 298;
    public static final int F10 = 299;
    public static final int F11 = 300;
    public static final int F12 = 301;
    public static final int LEFT_SHIFT = 340;
    public static final int LEFT_CONTROL = 341;
    public static final int LEFT_ALT = 342;
    public static final int RIGHT_SHIFT = 344;
    public static final int RIGHT_CONTROL = 345;
    public static final int RIGHT_ALT = 346;

    /** Mouse buttons are keys from here up: {@code MOUSE_BUTTON_BASE + GLFW button}. */
    public static final int MOUSE_BUTTON_BASE = 400;
    public static final int MOUSE_LEFT = MOUSE_BUTTON_BASE;
    public static final int MOUSE_RIGHT = MOUSE_BUTTON_BASE + 1;
    public static final int MOUSE_MIDDLE = MOUSE_BUTTON_BASE + 2;

    private static final Map<String, Integer> BY_NAME = names();

    private Keys() {
    }

    /**
     * The code of the key called {@code name}, case-insensitive: "a".."z", "0".."9", "up", "down",
     * "left", "right", "space", "enter", "escape", "tab", "shift", "control", "alt", "f1".."f12",
     * "mouse_left", "mouse_right", "mouse_middle", and the constant names of this class.
     */
    public static int byName(String name) {
        Integer code = name == null ? null : BY_NAME.get(name.toLowerCase(Locale.ROOT));
        if (code == null) {
            throw new IllegalArgumentException("unknown key name '" + name + "'; known: " + BY_NAME.keySet());
        }
        return code;
    }

    private static Map<String, Integer> names() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("space", SPACE);
        m.put("apostrophe", APOSTROPHE);
        m.put("comma", COMMA);
        m.put("minus", MINUS);
        m.put("period", PERIOD);
        m.put("slash", SLASH);
        m.put("num_0", NUM_0);
        m.put("num_1", NUM_1);
        m.put("num_2", NUM_2);
        m.put("num_3", NUM_3);
        m.put("num_4", NUM_4);
        m.put("num_5", NUM_5);
        m.put("num_6", NUM_6);
        m.put("num_7", NUM_7);
        m.put("num_8", NUM_8);
        m.put("num_9", NUM_9);
        m.put("semicolon", SEMICOLON);
        m.put("equal", EQUAL);
        m.put("a", A);
        m.put("b", B);
        m.put("c", C);
        m.put("d", D);
        m.put("e", E);
        m.put("f", F);
        m.put("g", G);
        m.put("h", H);
        m.put("i", I);
        m.put("j", J);
        m.put("k", K);
        m.put("l", L);
        m.put("m", M);
        m.put("n", N);
        m.put("o", O);
        m.put("p", P);
        m.put("q", Q);
        m.put("r", R);
        m.put("s", S);
        m.put("t", T);
        m.put("u", U);
        m.put("v", V);
        m.put("w", W);
        m.put("x", X);
        m.put("y", Y);
        m.put("z", Z);
        m.put("escape", ESCAPE);
        m.put("enter", ENTER);
        m.put("tab", TAB);
        m.put("backspace", BACKSPACE);
        m.put("insert", INSERT);
        m.put("delete", DELETE);
        m.put("right", RIGHT);
        m.put("left", LEFT);
        m.put("down", DOWN);
        m.put("up", UP);
        m.put("page_up", PAGE_UP);
        m.put("page_down", PAGE_DOWN);
        m.put("home", HOME);
        m.put("end", END);
        m.put("f1", F1);
        m.put("f2", F2);
        m.put("f3", F3);
        m.put("f4", F4);
        m.put("f5", F5);
        m.put("f6", F6);
        m.put("f7", F7);
        m.put("f8", F8);
        m.put("f9", F9);
        m.put("f10", F10);
        m.put("f11", F11);
        m.put("f12", F12);
        m.put("left_shift", LEFT_SHIFT);
        m.put("left_control", LEFT_CONTROL);
        m.put("left_alt", LEFT_ALT);
        m.put("right_shift", RIGHT_SHIFT);
        m.put("right_control", RIGHT_CONTROL);
        m.put("right_alt", RIGHT_ALT);
        for (int i = 0; i < 10; i++) {
            m.put(Integer.toString(i), NUM_0 + i);
        }
        m.put("shift", LEFT_SHIFT);
        m.put("control", LEFT_CONTROL);
        m.put("ctrl", LEFT_CONTROL);
        m.put("alt", LEFT_ALT);
        m.put("mouse_left", MOUSE_LEFT);
        m.put("mouse_right", MOUSE_RIGHT);
        m.put("mouse_middle", MOUSE_MIDDLE);
        return Collections.unmodifiableMap(m);
    }
}
