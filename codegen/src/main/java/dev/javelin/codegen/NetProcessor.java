package dev.javelin.codegen;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import com.squareup.javapoet.TypeVariableName;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Generates, for every class with {@code @Net} fields, its codec {@code <Outer_Inner>_NetCodec} in the
 * same package (so package-private fields are reachable): straight-line capture, apply, snap, copy,
 * change-mask, write and read code for exactly those fields, extending the codec of the nearest ancestor
 * that has {@code @Net} fields. Invalid declarations are compile errors on the field.
 *
 * <p>The processor knows the engine's types by name only, so it does not depend on the engine.
 */
@SupportedAnnotationTypes(NetProcessor.NET)
public final class NetProcessor extends AbstractProcessor {

    static final String NET = "dev.javelin.engine.schema.Net";
    private static final ClassName NET_CODEC = ClassName.get(NetField.WIRE, "NetCodec");
    private static final ClassName LAYOUT = ClassName.get(NetField.WIRE, "Layout");
    private static final ClassName BIT_WRITER = ClassName.get(NetField.WIRE, "BitWriter");
    private static final ClassName BIT_READER = ClassName.get(NetField.WIRE, "BitReader");
    private static final String SUFFIX = "_NetCodec";

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Set<TypeElement> classes = new LinkedHashSet<>();
        for (TypeElement a : annotations) {
            for (Element e : round.getElementsAnnotatedWith(a)) {
                classes.add((TypeElement) e.getEnclosingElement());
            }
        }
        for (TypeElement type : classes) {
            try {
                generate(type);
            } catch (InvalidField e) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, e.getMessage(), e.field);
            } catch (IOException e) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                        "cannot write the codec of " + type + ": " + e.getMessage(), type);
            }
        }
        return true;
    }

    private static final class InvalidField extends Exception {
        final transient Element field;

        InvalidField(Element field, String message) {
            super(message);
            this.field = field;
        }
    }

    /** The generated codec's class name for {@code type}. */
    private ClassName codecName(TypeElement type) {
        ClassName c = ClassName.get(type);
        return ClassName.get(c.packageName(), String.join("_", c.simpleNames()) + SUFFIX);
    }

    private static AnnotationMirror netAnnotation(Element e) {
        for (AnnotationMirror m : e.getAnnotationMirrors()) {
            if (((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().contentEquals(NET)) {
                return m;
            }
        }
        return null;
    }

    private static boolean hasNetFields(TypeElement type) {
        for (VariableElement f : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            if (netAnnotation(f) != null) {
                return true;
            }
        }
        return false;
    }

    /** The nearest proper ancestor with {@code @Net} fields, or null. */
    private TypeElement netParent(TypeElement type) {
        TypeMirror s = type.getSuperclass();
        while (s.getKind() == TypeKind.DECLARED) {
            TypeElement e = (TypeElement) ((DeclaredType) s).asElement();
            if (hasNetFields(e)) {
                return e;
            }
            s = e.getSuperclass();
        }
        return null;
    }

    private void generate(TypeElement type) throws InvalidField, IOException {
        if (type.getKind() != ElementKind.CLASS || type.getNestingKind() == NestingKind.LOCAL
                || type.getNestingKind() == NestingKind.ANONYMOUS
                || (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC))) {
            throw new InvalidField(type, "@Net fields belong in a top-level or static nested class, not in " + type);
        }
        if (type.getModifiers().contains(Modifier.PRIVATE)) {
            throw new InvalidField(type, type + " is private; its generated codec could not reach its fields");
        }
        List<NetField> fields = new ArrayList<>();
        for (VariableElement f : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            AnnotationMirror m = netAnnotation(f);
            if (m != null) {
                fields.add(field(f, m));
            }
        }
        TypeVariableName t = TypeVariableName.get("T", TypeName.get(processingEnv.getTypeUtils().erasure(type.asType())));
        TypeElement parent = netParent(type);
        TypeName superType = ParameterizedTypeName.get(parent == null ? NET_CODEC : codecName(parent), t);
        boolean root = parent == null;

        TypeSpec.Builder cls = TypeSpec.classBuilder(codecName(type))
                .addJavadoc("The networked state of {@link $T}, generated from its {@code @Net} fields. Do not edit.\n",
                        ClassName.get(type))
                .addAnnotation(AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
                        .addMember("value", "$S", NetProcessor.class.getName()).build())
                .addModifiers(Modifier.PUBLIC)
                .addTypeVariable(t)
                .superclass(superType);

        MethodSpec.Builder ctor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), t), "type")
                .addParameter(NetField.NET_PRECISION, "precision")
                .addParameter(LAYOUT, "layout")
                .addStatement(root ? "super(type)" : "super(type, precision, layout)");
        for (NetField f : fields) {
            cls.addField(FieldSpec.builder(TypeName.LONG, f.bit(), Modifier.PRIVATE, Modifier.FINAL).build());
            cls.addField(FieldSpec.builder(TypeName.INT, f.off(), Modifier.PRIVATE, Modifier.FINAL).build());
            TypeName codeType = f.codeType();
            if (codeType != null) {
                cls.addField(FieldSpec.builder(codeType, f.code(), Modifier.PRIVATE, Modifier.FINAL).build());
                ctor.addStatement("this.$L = $L", f.code(), f.newCode());
            }
            ctor.addStatement("this.$L = layout.add($S, $L, $L, $L)", f.bit(), f.name, f.slots(), f.describe(),
                    f.changesOften());
            ctor.addStatement("this.$L = layout.offset()", f.off());
        }
        cls.addMethod(ctor.build());

        cls.addMethod(method("capture", root, t, fields, NetField::capture, null,
                p(t, "o"), p(int[].class, "s"), p(int.class, "base")));
        cls.addMethod(method("apply", root, t, fields, NetField::apply, null,
                p(long.class, "mask"), p(int[].class, "s"), p(int.class, "base"), p(t, "o")));
        cls.addMethod(method("snap", root, t, fields, NetField::snap, null, p(t, "o")));
        cls.addMethod(method("copy", root, t, fields, NetField::copy, null, p(t, "from"), p(t, "to")));
        cls.addMethod(method("changedMask", root, t, fields, NetField::changed, TypeName.LONG,
                p(int[].class, "b"), p(int.class, "bb"), p(int[].class, "c"), p(int.class, "cb")));
        cls.addMethod(method("writeValues", root, t, fields, NetField::writeValue, null,
                p(BIT_WRITER, "w"), p(long.class, "mask"), p(int[].class, "s"), p(int.class, "base")));
        cls.addMethod(method("readFields", root, t, fields, NetField::readValue, null,
                p(BIT_READER, "r"), p(long.class, "mask"), p(int[].class, "out"), p(int.class, "ob")));
        cls.addMethod(method("writeChanges", root, t, fields, NetField::writeChange, null,
                p(BIT_WRITER, "w"), p(long.class, "mask"), p(int[].class, "b"), p(int.class, "bb"),
                p(int[].class, "c"), p(int.class, "cb")));
        cls.addMethod(method("readChangesInPlace", root, t, fields, NetField::readChange, null,
                p(BIT_READER, "r"), p(long.class, "mask"), p(int[].class, "b"), p(int.class, "bb"),
                p(int[].class, "out"), p(int.class, "ob")));

        ClassName name = codecName(type);
        JavaFile.builder(name.packageName(), cls.build())
                .addFileComment("Generated by javelin-codegen from the @Net fields of $L. Do not edit.",
                        type.getQualifiedName())
                .skipJavaLangImports(true)
                .build()
                .writeTo(processingEnv.getFiler());
    }

    private record Param(TypeName type, String name) {
    }

    private static Param p(Object type, String name) {
        return new Param(type instanceof TypeName tn ? tn : TypeName.get((Class<?>) type), name);
    }

    /** One generated method: the parent's part first (through super, a direct call), then these fields. */
    private static MethodSpec method(String name, boolean root, TypeVariableName t, List<NetField> fields,
                                     Function<NetField, CodeBlock> body, TypeName returns, Param... params) {
        MethodSpec.Builder m = MethodSpec.methodBuilder(name).addAnnotation(Override.class);
        m.addModifiers(name.equals("readFields") ? Modifier.PROTECTED : Modifier.PUBLIC);
        List<String> names = new ArrayList<>();
        for (Param p : params) {
            m.addParameter(p.type, p.name);
            names.add(p.name);
        }
        String args = String.join(", ", names);
        if (returns != null) {
            m.returns(returns);
            m.addStatement(root ? "long m = 0L" : "long m = super.$L($L)", name, args);
        } else if (!root) {
            m.addStatement("super.$L($L)", name, args);
        }
        for (NetField f : fields) {
            m.addCode(body.apply(f));
        }
        if (returns != null) {
            m.addStatement("return m");
        }
        return m.build();
    }

    // --- reading a field's declaration

    private NetField field(VariableElement f, AnnotationMirror m) throws InvalidField {
        Set<Modifier> mods = f.getModifiers();
        String name = f.getSimpleName().toString();
        if (mods.contains(Modifier.PRIVATE) || mods.contains(Modifier.STATIC)) {
            throw new InvalidField(f, "@Net field '" + name + "' must be neither private nor static");
        }
        int bits = intValue(m, "bits");
        boolean signed = boolValue(m, "signed");
        float min = floatValue(m, "min");
        float max = floatValue(m, "max");
        float precision = floatValue(m, "precision");
        boolean angle = boolValue(m, "angle");
        int maxLength = intValue(m, "maxLength");
        String precisionOf = stringValue(m, "precisionOf");
        boolean ranged = precision != 0 || !precisionOf.isEmpty();
        TypeMirror type = f.asType();
        String typeName = processingEnv.getTypeUtils().erasure(type).toString();
        boolean fin = mods.contains(Modifier.FINAL);
        NetField.Kind kind;
        TypeName enumType = null;
        switch (type.getKind()) {
            case BOOLEAN -> kind = NetField.Kind.BOOL;
            case INT -> {
                if (bits == 0) {
                    kind = NetField.Kind.VARUINT;
                } else {
                    int lo = signed ? 2 : 1;
                    int hi = signed ? 32 : 31;
                    if (bits < lo || bits > hi) {
                        throw new InvalidField(f, "@Net int '" + name + "' needs " + lo + " to " + hi + " bits, was " + bits);
                    }
                    kind = NetField.Kind.INT;
                }
            }
            case FLOAT -> {
                if (angle) {
                    kind = NetField.Kind.ANGLE;
                    requireBits(f, name, bits, precisionOf, 2, 20);
                } else {
                    kind = ranged ? NetField.Kind.QUANT : NetField.Kind.FLOAT32;
                }
            }
            case DECLARED -> {
                TypeElement e = (TypeElement) ((DeclaredType) type).asElement();
                if (e.getKind() == ElementKind.ENUM) {
                    kind = NetField.Kind.ENUM;
                    enumType = TypeName.get(type);
                } else {
                    switch (typeName) {
                        case "org.joml.Vector2f" -> {
                            if (!ranged) {
                                throw new InvalidField(f, "@Net Vector2f '" + name
                                        + "' needs min, max and precision, or precisionOf");
                            }
                            kind = NetField.Kind.VEC2;
                        }
                        case "org.joml.Vector3f" -> kind = NetField.Kind.VEC3;
                        case "org.joml.Quaternionf" -> {
                            kind = NetField.Kind.QUAT;
                            requireBits(f, name, bits, precisionOf, 4, 16);
                        }
                        case "java.lang.String" -> {
                            if (maxLength < 1 || maxLength > 255) {
                                throw new InvalidField(f, "@Net String '" + name + "' needs maxLength 1 to 255, was "
                                        + maxLength);
                            }
                            kind = NetField.Kind.STRING;
                        }
                        default -> throw new InvalidField(f, "@Net field '" + name + "' has type " + typeName
                                + ", which cannot be networked (boolean, int, float, Vector2f, Vector3f, Quaternionf,"
                                + " String or an enum)");
                    }
                }
            }
            default -> throw new InvalidField(f, "@Net field '" + name + "' has type " + typeName
                    + ", which cannot be networked (boolean, int, float, Vector2f, Vector3f, Quaternionf, String or an enum)");
        }
        boolean inPlace = kind == NetField.Kind.VEC2 || kind == NetField.Kind.VEC3 || kind == NetField.Kind.QUAT;
        if (fin && !inPlace) {
            throw new InvalidField(f, "@Net field '" + name + "' is final; only vectors and quaternions, which are"
                    + " updated in place, may be");
        }
        if (precision != 0 && precisionOf.isEmpty()) {
            checkRange(f, name, min, max, precision);
        }
        return new NetField(name, kind, bits, signed, min, max, precision, maxLength, precisionOf, enumType);
    }

    private static void requireBits(Element f, String name, int bits, String precisionOf, int lo, int hi)
            throws InvalidField {
        if (precisionOf.isEmpty() && (bits < lo || bits > hi)) {
            throw new InvalidField(f, "@Net field '" + name + "' needs " + lo + " to " + hi
                    + " bits (or precisionOf), was " + bits);
        }
    }

    /** The rules of the engine's FloatRange, at compile time. */
    private static void checkRange(Element f, String name, float min, float max, float precision) throws InvalidField {
        double steps = ((double) max - min) / precision;
        long rounded = Math.round(steps);
        double biggest = Math.max(Math.abs((double) min), Math.abs((double) max));
        if (!(max > min) || !(precision > 0) || Math.abs(steps - rounded) > 1e-3 || rounded < 2
                || rounded > Integer.MAX_VALUE || biggest / precision >= (1 << 22)) {
            throw new InvalidField(f, "@Net field '" + name + "': [" + min + ", " + max + ") must be a whole number"
                    + " (2 to 2^31 - 1) of steps of " + precision + ", each value exact in a float");
        }
    }

    private Object value(AnnotationMirror m, String element) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
                : processingEnv.getElementUtils().getElementValuesWithDefaults(m).entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(element)) {
                return e.getValue().getValue();
            }
        }
        throw new IllegalStateException("@Net has no element " + element);
    }

    private int intValue(AnnotationMirror m, String element) {
        return (Integer) value(m, element);
    }

    private float floatValue(AnnotationMirror m, String element) {
        return (Float) value(m, element);
    }

    private boolean boolValue(AnnotationMirror m, String element) {
        return (Boolean) value(m, element);
    }

    private String stringValue(AnnotationMirror m, String element) {
        return (String) value(m, element);
    }
}
