package dev.javelin.engine.util;

/**
 * Makes text that came from the other end of a connection (player and room names, disconnect reasons, any string a
 * client or server can choose) safe to log and to display: it cannot start a new log line, move a terminal's
 * cursor, recolour it, hide text behind a NUL, or reorder what follows. In the bottom layer (util) so that every layer, the transport included, can use it.
 *
 * <p>Every control character (C0 including NUL, newline, carriage return, tab and ESC; DEL; C1), the Unicode line
 * and paragraph separators and the bidirectional overrides and isolates become {@code '?'}. So an ANSI escape
 * sequence {@code ESC[31m} shows as the harmless {@code ?[31m}, and a forged log line stays on the line of the real
 * one. Length is kept, so limits checked before still hold. Stateless; any thread.
 */
public final class SafeText {

    private SafeText() {
    }

    /** {@code text} with every unsafe character replaced by {@code '?'}; null becomes the empty string. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        int i = 0;
        int n = text.length();
        while (i < n && !unsafe(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (; i < n; i++) {
            if (unsafe(chars[i])) {
                chars[i] = '?';
            }
        }
        return new String(chars);
    }

    /** True if {@code c} is a control character or one that changes how the text around it is laid out. */
    static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }
}
