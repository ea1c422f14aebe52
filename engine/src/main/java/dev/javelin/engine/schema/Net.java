package dev.javelin.engine.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field as networked: it travels in snapshots, is quantized to its precision at the end of every
 * step, and is copied wherever the engine copies objects (re-enactment, rollback, the render thread's
 * snapshot, display copies). This annotation is the whole declaration: the javelin-codegen annotation
 * processor generates the class's codec from it at compile time, and nothing else is written by hand.
 *
 * <p>What a field becomes depends on its Java type and the elements given:
 * <table>
 *   <caption>Field kinds</caption>
 *   <tr><th>Java type</th><th>elements</th><th>on the wire</th></tr>
 *   <tr><td>boolean</td><td>none</td><td>one bit, nothing in a delta beyond the changed flag</td></tr>
 *   <tr><td>int</td><td>none</td><td>a non-negative int of any size, variable length (negatives become 0)</td></tr>
 *   <tr><td>int</td><td>{@code bits}, {@code signed}</td><td>{@code bits} bits (1 to 31 unsigned, 2 to 32
 *       signed), clamped</td></tr>
 *   <tr><td>float</td><td>none</td><td>exact, 32 bits (sizes, masses: free while they keep the
 *       constructor's value)</td></tr>
 *   <tr><td>float</td><td>{@code min}, {@code max}, {@code precision}</td><td>quantized to that
 *       {@link FloatRange}</td></tr>
 *   <tr><td>float</td><td>{@code angle = true}, {@code bits} (2 to 20)</td><td>an angle in radians,
 *       {@code bits} per turn, decoded into [-PI, PI)</td></tr>
 *   <tr><td>Vector2f, Vector3f</td><td>{@code min}, {@code max}, {@code precision}</td><td>each component
 *       quantized (a {@code Vector3f} without them is three exact floats)</td></tr>
 *   <tr><td>Quaternionf</td><td>{@code bits} (4 to 16)</td><td>smallest three</td></tr>
 *   <tr><td>String</td><td>{@code maxLength} (1 to 255)</td><td>at most that many UTF-16 units, or
 *       null</td></tr>
 *   <tr><td>an enum</td><td>none</td><td>the constant or null</td></tr>
 * </table>
 * Instead of fixed numbers, {@link #precisionOf} takes the range (or bits) from the game's
 * {@link NetPrecision} under that key: the engine's base classes declare their position, velocity and
 * angle this way, so each game sets them once for its world. A key the game's precision leaves out
 * leaves the field out of the wire (never sent, never quantized).
 *
 * <p>The field must not be private or static; vectors and quaternions may be final (they are updated in
 * place). Fields are sent in declaration order, the parent class's first.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Net {

    /** Bits of an int, a per-turn angle or a quaternion component; 0 for the type's default. */
    int bits() default 0;

    /** True for a signed int of {@link #bits} bits. */
    boolean signed() default false;

    /** Lowest value of a quantized float or vector component. */
    float min() default 0f;

    /** End of the range (excluded) of a quantized float or vector component. */
    float max() default 0f;

    /** Step between values of a quantized float or vector component; 0 for an exact float. */
    float precision() default 0f;

    /** True for an angle in radians of {@link #bits} bits per turn. */
    boolean angle() default false;

    /** Longest String, in UTF-16 units. */
    int maxLength() default 0;

    /** The key in the game's {@link NetPrecision} that gives this field's range or bits. */
    String precisionOf() default "";
}
