package dev.javelin.net;

import java.util.Arrays;

/**
 * The server's connections by id, read without locks by the sending and receiving threads: every change
 * copies the arrays (changes are rare, lookups are per message), lookups binary-search an immutable snapshot
 * and allocate nothing. Holds every connection from accept to close; {@link #open()} only the welcomed ones.
 */
final class ConnectionTable {

    private static final ServerConnection[] NONE = new ServerConnection[0];

    private volatile ServerConnection[] all = NONE;
    private volatile ServerConnection[] open = NONE;

    synchronized void add(ServerConnection c) {
        ServerConnection[] next = Arrays.copyOf(all, all.length + 1);
        int i = next.length - 1;
        while (i > 0 && next[i - 1].getID() > c.getID()) {
            next[i] = next[i - 1];
            i--;
        }
        next[i] = c;
        all = next;
    }

    synchronized void markOpen(ServerConnection c) {
        ServerConnection[] next = Arrays.copyOf(open, open.length + 1);
        next[open.length] = c;
        open = next;
    }

    synchronized void markNotOpen(ServerConnection c) {
        open = without(open, c);
    }

    synchronized void remove(ServerConnection c) {
        all = without(all, c);
        open = without(open, c);
    }

    /** The connection with {@code id}, or null. */
    ServerConnection get(int id) {
        ServerConnection[] a = all;
        int lo = 0;
        int hi = a.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int midId = a[mid].getID();
            if (midId < id) {
                lo = mid + 1;
            } else if (midId > id) {
                hi = mid - 1;
            } else {
                return a[mid];
            }
        }
        return null;
    }

    /** Connections held, open or not. */
    int size() {
        return all.length;
    }

    /** The open connections; an immutable snapshot, do not modify. */
    ServerConnection[] open() {
        return open;
    }

    private static ServerConnection[] without(ServerConnection[] from, ServerConnection c) {
        for (int i = 0; i < from.length; i++) {
            if (from[i] == c) {
                ServerConnection[] next = new ServerConnection[from.length - 1];
                System.arraycopy(from, 0, next, 0, i);
                System.arraycopy(from, i + 1, next, i, from.length - i - 1);
                return next;
            }
        }
        return from;
    }
}
