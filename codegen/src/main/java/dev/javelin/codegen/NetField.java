package dev.javelin.codegen;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.TypeName;

/**
 * One {@code @Net} field as the generator sees it: its kind (from the Java type and the annotation's
 * elements) and the code each generated method needs for it. The generated class holds, per field, its
 * mask bit ({@code bit_<name>}), its first slot ({@code off_<name>}) and, for kinds with parameters, a
 * final code object ({@code code_<name>}) whose class is final, so every call is direct.
 */
final class NetField {

    static final String WIRE = "dev.javelin.engine.internal.wire";
    static final String SCHEMA = "dev.javelin.engine.schema";
    static final ClassName FIELD_CODES = ClassName.get(WIRE, "FieldCodes");
    static final ClassName NET_CODECS = ClassName.get(SCHEMA, "NetCodecs");
    static final ClassName NET_PRECISION = ClassName.get(SCHEMA, "NetPrecision");

    enum Kind { BOOL, VARUINT, INT, FLOAT32, QUANT, ANGLE, VEC2, VEC3, QUAT, STRING, ENUM }

    final String name;
    final Kind kind;
    /** The annotation's elements that apply. */
    final int bits;
    final boolean signed;
    final float min;
    final float max;
    final float precision;
    final int maxLength;
    /** Key in the game's NetPrecision, or empty. */
    final String precisionOf;
    /** The enum type, for ENUM. */
    final TypeName enumType;

    NetField(String name, Kind kind, int bits, boolean signed, float min, float max, float precision, int maxLength,
             String precisionOf, TypeName enumType) {
        this.name = name;
        this.kind = kind;
        this.bits = bits;
        this.signed = signed;
        this.min = min;
        this.max = max;
        this.precision = precision;
        this.maxLength = maxLength;
        this.precisionOf = precisionOf;
        this.enumType = enumType;
    }

    String bit() {
        return "bit_" + name;
    }

    String off() {
        return "off_" + name;
    }

    String code() {
        return "code_" + name;
    }

    /** True when the game's precision may leave the field out (then its bit is 0). */
    boolean optional() {
        return !precisionOf.isEmpty();
    }

    boolean exactVec3() {
        return kind == Kind.VEC3 && precision == 0 && precisionOf.isEmpty();
    }

    /** The type of the code object, or null for kinds without one. */
    TypeName codeType() {
        return switch (kind) {
            case BOOL, VARUINT, FLOAT32 -> null;
            case INT -> ClassName.get(WIRE, "IntCode");
            case QUANT -> ClassName.get(WIRE, "Quantizer");
            case ANGLE -> ClassName.get(WIRE, "AngleCode");
            case VEC2 -> ClassName.get(WIRE, "Vec2Code");
            case VEC3 -> ClassName.get(WIRE, "Vec3Code");
            case QUAT -> ClassName.get(WIRE, "QuaternionCode");
            case STRING -> ClassName.get(WIRE, "StringCode");
            case ENUM -> com.squareup.javapoet.ParameterizedTypeName.get(ClassName.get(WIRE, "EnumCode"), enumType);
        };
    }

    /** A range expression: fixed numbers, or axis {@code axis} of the game's precision (may be null). */
    private CodeBlock range(int axis) {
        if (optional()) {
            return CodeBlock.of("precision.range($S, $L)", precisionOf, axis);
        }
        return CodeBlock.of("$T.fixed($S, $Lf, $Lf, $Lf)", NET_PRECISION, name, Float.toString(min),
                Float.toString(max), Float.toString(precision));
    }

    private CodeBlock bitsExpr() {
        return optional() ? CodeBlock.of("precision.bits($S)", precisionOf) : CodeBlock.of("$L", bits);
    }

    /** The constructor's initialiser of the code object (null when the precision leaves the field out). */
    CodeBlock newCode() {
        return switch (kind) {
            case BOOL, VARUINT, FLOAT32 -> null;
            case INT -> CodeBlock.of("new $T($S, $L, $L)", codeType(), name, bits, signed);
            case QUANT -> CodeBlock.of("$T.quantizer($S, $L)", NET_CODECS, name, range(0));
            case ANGLE -> CodeBlock.of("$T.angle($S, $L)", NET_CODECS, name, bitsExpr());
            case VEC2 -> CodeBlock.of("$T.vec2($S, $L, $L)", NET_CODECS, name, range(0), range(1));
            case VEC3 -> exactVec3() ? CodeBlock.of("new $T()", codeType())
                    : CodeBlock.of("$T.vec3($S, $L, $L, $L)", NET_CODECS, name, range(0), range(1), range(2));
            case QUAT -> CodeBlock.of("$T.quaternion($S, $L)", NET_CODECS, name, bitsExpr());
            case STRING -> CodeBlock.of("new $T($S, $L)", codeType(), name, maxLength);
            case ENUM -> CodeBlock.of("new $T<>($S, $T.class)", ClassName.get(WIRE, "EnumCode"), name, enumType);
        };
    }

    /** Slots of the field. */
    CodeBlock slots() {
        return switch (kind) {
            case VEC2 -> CodeBlock.of("2");
            case VEC3 -> CodeBlock.of("3");
            case QUAT -> CodeBlock.of("4");
            case STRING -> CodeBlock.of("$L.slots", code());
            default -> CodeBlock.of("1");
        };
    }

    /** The description for the fingerprint, or null (left out) when the code object is null. */
    CodeBlock describe() {
        CodeBlock d = switch (kind) {
            case BOOL -> CodeBlock.of("$S", "bool");
            case VARUINT -> CodeBlock.of("$S", "varuint");
            case FLOAT32 -> CodeBlock.of("$S", "float32");
            case QUANT -> CodeBlock.of("\"q\" + $L.describe()", code());
            default -> CodeBlock.of("$L.describe()", code());
        };
        return codeType() == null ? d : CodeBlock.of("$L == null ? null : $L", code(), d);
    }

    /** True for kinds that change often (quantized motion): they take the low mask bits. */
    boolean changesOften() {
        return switch (kind) {
            case QUANT, ANGLE, VEC2, QUAT -> true;
            case VEC3 -> !exactVec3();
            default -> false;
        };
    }

    private boolean multiSlot() {
        return kind == Kind.VEC2 || kind == Kind.VEC3 || kind == Kind.QUAT || kind == Kind.STRING;
    }

    /** Statements of capture(T o, int[] s, int base). */
    CodeBlock capture() {
        String at = "base + " + off();
        CodeBlock c = switch (kind) {
            case BOOL -> CodeBlock.of("s[$L] = o.$L ? 1 : 0;\n", at, name);
            case VARUINT -> CodeBlock.of("s[$L] = Math.max(0, o.$L);\n", at, name);
            case INT -> CodeBlock.of("s[$L] = $L.clamp(o.$L);\n", at, code(), name);
            case FLOAT32 -> CodeBlock.of("s[$L] = $T.captureFloat(o.$L);\n", at, FIELD_CODES, name);
            case QUANT, ANGLE -> CodeBlock.of("s[$L] = $L.quantize(o.$L);\n", at, code(), name);
            case ENUM -> CodeBlock.of("s[$L] = $L.capture(o.$L);\n", at, code(), name);
            default -> CodeBlock.of("$L.capture(o.$L, s, $L);\n", code(), name, at);
        };
        return guarded(c);
    }

    /** Statements of apply(long mask, int[] s, int base, T o). */
    CodeBlock apply() {
        String at = "base + " + off();
        CodeBlock set = switch (kind) {
            case BOOL -> CodeBlock.of("o.$L = s[$L] != 0;\n", name, at);
            case VARUINT, INT -> CodeBlock.of("o.$L = s[$L];\n", name, at);
            case FLOAT32 -> CodeBlock.of("o.$L = $T.applyFloat(s[$L]);\n", name, FIELD_CODES, at);
            case QUANT, ANGLE -> CodeBlock.of("o.$L = $L.dequantize(s[$L]);\n", name, code(), at);
            case ENUM -> CodeBlock.of("o.$L = $L.apply(s[$L]);\n", name, code(), at);
            case STRING -> CodeBlock.of("o.$L = $L.apply(s, $L, o.$L);\n", name, code(), at, name);
            default -> CodeBlock.of("$L.apply(s, $L, o.$L);\n", code(), at, name);
        };
        return masked(set);
    }

    /** Statements of snap(T o); empty for kinds that are exact. */
    CodeBlock snap() {
        CodeBlock c = switch (kind) {
            case VARUINT -> CodeBlock.of("if (o.$L < 0) {\n$>o.$L = 0;\n$<}\n", name, name);
            case INT -> CodeBlock.of("o.$L = $L.clamp(o.$L);\n", name, code(), name);
            case QUANT, ANGLE, STRING -> CodeBlock.of("o.$L = $L.snap(o.$L);\n", name, code(), name);
            case VEC2, VEC3, QUAT -> exactVec3() ? null : CodeBlock.of("$L.snap(o.$L);\n", code(), name);
            default -> null;
        };
        return c == null ? CodeBlock.of("") : guarded(c);
    }

    /** Statements of copy(T from, T to). */
    CodeBlock copy() {
        return switch (kind) {
            case VEC2, VEC3, QUAT -> CodeBlock.of("to.$L.set(from.$L);\n", name, name);
            default -> CodeBlock.of("to.$L = from.$L;\n", name, name);
        };
    }

    /** Statements of changedMask(int[] b, int bb, int[] c, int cb), adding to a local {@code m}. */
    CodeBlock changed() {
        CodeBlock test = multiSlot()
                ? CodeBlock.of("$L.differs(b, bb + $L, c, cb + $L)", code(), off(), off())
                : CodeBlock.of("b[bb + $L] != c[cb + $L]", off(), off());
        return CodeBlock.of("if ($L$L) {\n$>m |= $L;\n$<}\n", optional() ? bit() + " != 0 && " : "", test, bit());
    }

    /** Statements of writeValues(BitWriter w, long mask, int[] s, int base). */
    CodeBlock writeValue() {
        String at = "base + " + off();
        return masked(switch (kind) {
            case BOOL -> CodeBlock.of("w.writeBits(s[$L], 1);\n", at);
            case VARUINT -> CodeBlock.of("$T.writeVarUint(w, s[$L]);\n", FIELD_CODES, at);
            case FLOAT32 -> CodeBlock.of("w.writeInt(s[$L]);\n", at);
            case INT, QUANT, ANGLE, ENUM -> CodeBlock.of("$L.write(w, s[$L]);\n", code(), at);
            default -> CodeBlock.of("$L.write(w, s, $L);\n", code(), at);
        });
    }

    /** Statements of readFields(BitReader r, long mask, int[] out, int ob). */
    CodeBlock readValue() {
        String at = "ob + " + off();
        return masked(switch (kind) {
            case BOOL -> CodeBlock.of("out[$L] = r.readBits(1);\n", at);
            case VARUINT -> CodeBlock.of("out[$L] = $T.readVarUint(r, $S);\n", at, FIELD_CODES, name);
            case FLOAT32 -> CodeBlock.of("out[$L] = r.readInt();\n", at);
            case INT, QUANT, ANGLE, ENUM -> CodeBlock.of("out[$L] = $L.read(r);\n", at, code());
            default -> CodeBlock.of("$L.read(r, out, $L);\n", code(), at);
        });
    }

    /** Statements of writeChanges(BitWriter w, long mask, int[] b, int bb, int[] c, int cb). */
    CodeBlock writeChange() {
        String bAt = "bb + " + off();
        String cAt = "cb + " + off();
        CodeBlock c = switch (kind) {
            case BOOL -> null; // a changed boolean can only have flipped
            case VARUINT -> CodeBlock.of("$T.writeVarUint(w, c[$L]);\n", FIELD_CODES, cAt);
            case FLOAT32 -> CodeBlock.of("w.writeInt(c[$L]);\n", cAt);
            case ENUM -> CodeBlock.of("$L.write(w, c[$L]);\n", code(), cAt);
            case INT, QUANT, ANGLE -> CodeBlock.of("$L.writeDelta(w, b[$L], c[$L]);\n", code(), bAt, cAt);
            default -> CodeBlock.of("$L.writeDelta(w, b, $L, c, $L);\n", code(), bAt, cAt);
        };
        return c == null ? CodeBlock.of("") : masked(c);
    }

    /** Statements of readChangesInPlace(BitReader r, long mask, int[] b, int bb, int[] out, int ob). */
    CodeBlock readChange() {
        String bAt = "bb + " + off();
        String oAt = "ob + " + off();
        return masked(switch (kind) {
            case BOOL -> CodeBlock.of("out[$L] = b[$L] ^ 1;\n", oAt, bAt);
            case VARUINT -> CodeBlock.of("out[$L] = $T.readVarUint(r, $S);\n", oAt, FIELD_CODES, name);
            case FLOAT32 -> CodeBlock.of("out[$L] = r.readInt();\n", oAt);
            case ENUM -> CodeBlock.of("out[$L] = $L.read(r);\n", oAt, code());
            case INT, QUANT, ANGLE -> CodeBlock.of("out[$L] = $L.readDelta(r, b[$L]);\n", oAt, code(), bAt);
            default -> CodeBlock.of("$L.readDelta(r, b, $L, out, $L);\n", code(), bAt, oAt);
        });
    }

    private CodeBlock masked(CodeBlock body) {
        return CodeBlock.of("if ((mask & $L) != 0) {\n$>$L$<}\n", bit(), body);
    }

    private CodeBlock guarded(CodeBlock body) {
        return optional() ? CodeBlock.of("if ($L != 0) {\n$>$L$<}\n", bit(), body) : body;
    }
}
