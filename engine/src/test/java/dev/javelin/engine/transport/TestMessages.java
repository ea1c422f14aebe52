package dev.javelin.engine.transport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Objects;

/** Message classes the transport tests send, and the registry that holds them. */
public final class TestMessages {

    private TestMessages() {
    }

    /** A small reliable message. */
    public record Chat(String text, int from) {
    }

    /** A snapshot-like message: a step number and a codec payload. */
    public record Snapshot(int step, byte[] payload) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Snapshot s && s.step == step && Arrays.equals(s.payload, payload);
        }

        @Override
        public int hashCode() {
            return 31 * step + Arrays.hashCode(payload);
        }
    }

    /** A timestamped probe for latency, sent unreliably. */
    public record Probe(int sequence, long sentNanos) {
    }

    /** An enum inside a message. */
    public enum Color { RED, GREEN, BLUE }

    /** A nested record inside a message. */
    public record Point(float x, float y) {
    }

    /** A message with a bit of everything the built-in types offer. */
    public record Mixed(Color color, Point point, long[] values, ArrayList<String> names, String note, boolean flag,
                        double ratio, Point[] path) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Mixed m && m.color == color && Objects.equals(m.point, point)
                    && Arrays.equals(m.values, values) && Objects.equals(m.names, names)
                    && Objects.equals(m.note, note) && m.flag == flag && m.ratio == ratio
                    && Arrays.equals(m.path, path);
        }

        @Override
        public int hashCode() {
            return Objects.hash(color, point, note);
        }
    }

    /** A plain mutable class with a no-argument constructor. */
    public static final class Plain {
        public int number;
        public String label;
        public int[] data;

        public Plain() {
        }

        public Plain(int number, String label, int[] data) {
            this.number = number;
            this.label = label;
            this.data = data;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Plain p && p.number == number && Objects.equals(p.label, label)
                    && Arrays.equals(p.data, data);
        }

        @Override
        public int hashCode() {
            return number;
        }
    }

    /** Holds an arbitrary value; used to smuggle unregistered classes inside a registered one. */
    public record Holder(Object value) {
    }

    /** Never registered. */
    public record Unregistered(int x) {
    }

    /** The registry both ends of every transport test use. */
    public static MessageRegistry registry() {
        return MessageRegistry.builder()
                .register(0, Chat.class)
                .register(1, Snapshot.class)
                .register(2, Probe.class)
                .register(3, Color.class)
                .register(4, Point.class)
                .register(5, Point[].class)
                .register(6, Mixed.class)
                .register(7, Plain.class)
                .register(8, Holder.class)
                .build();
    }

    /** A sample {@link Mixed}. */
    public static Mixed mixed(int i) {
        ArrayList<String> names = new ArrayList<>();
        names.add("ann");
        names.add("bo\u00e9");
        names.add(null);
        return new Mixed(Color.values()[i % 3], new Point(i, -i), new long[] {i, Long.MIN_VALUE, Long.MAX_VALUE},
                names, "note " + i, i % 2 == 0, i / 3.0, new Point[] {new Point(1, 2), null});
    }
}
