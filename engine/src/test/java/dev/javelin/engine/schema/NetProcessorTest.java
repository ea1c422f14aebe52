package dev.javelin.engine.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The javelin-codegen processor, run by javac on small classes as a game's build would: a good class
 * gets its codec, and each bad declaration is a compile error on the field that says what is wrong.
 */
class NetProcessorTest {

    @TempDir
    Path out;

    private static JavaFileObject source(String name, String code) {
        return new SimpleJavaFileObject(URI.create("string:///t/" + name + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return "package t;\nimport dev.javelin.engine.schema.Net;\nimport org.joml.Vector2f;\n" + code;
            }
        };
    }

    /** Compiles {@code sources} with the processor; returns the error messages. */
    private List<String> compile(JavaFileObject... sources) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> d = new DiagnosticCollector<>();
        // Surefire may hide the real class path behind a manifest-only jar; it names it in this property.
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Files.createDirectories(out);
        List<String> options = List.of("-classpath", cp, "-d", out.toString(), "-s", out.toString(),
                "-processor", "dev.javelin.codegen.NetProcessor");
        javac.getTask(null, null, d, options, null, List.of(sources)).call();
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> x : d.getDiagnostics()) {
            if (x.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(x.getMessage(Locale.ROOT));
            }
        }
        return errors;
    }

    @Test
    void aGoodClassGetsItsCodecAndCanBeRegistered() throws Exception {
        List<String> errors = compile(source("Good", """
                public class Good extends dev.javelin.engine.world.DynamicObject {
                    @Net(bits = 7) int level;
                    @Net(min = 0, max = 1, precision = 0.125f) public float heat;
                    int local;
                }
                """));
        assertEquals(List.of(), errors);
        assertTrue(Files.exists(out.resolve("t/Good_NetCodec.java")));
        assertTrue(Files.exists(out.resolve("t/Good_NetCodec.class")));
    }

    @Test
    void badDeclarationsAreCompileErrorsNamingTheField() throws Exception {
        List<String> errors = compile(
                source("A", "public class A { @Net private int hidden; }"),
                source("B", "public class B { @Net Vector2f v = new Vector2f(); }"),
                source("C", "public class C { @Net(bits = 40) int big; }"),
                source("D", "public class D { @Net(min = 0, max = 1, precision = 0.3f) float f; }"),
                source("E", "public class E { @Net final int fixed = 1; }"),
                source("F", "public class F { @Net String unbounded; }"),
                source("G", "public class G { @Net long wide; }"));
        String all = String.join("\n", errors);
        assertTrue(all.contains("'hidden' must be neither private nor static"), all);
        assertTrue(all.contains("Vector2f 'v' needs min, max and precision, or precisionOf"), all);
        assertTrue(all.contains("'big' needs 1 to 31 bits, was 40"), all);
        assertTrue(all.contains("'f': [0.0, 1.0) must be a whole number"), all);
        assertTrue(all.contains("'fixed' is final"), all);
        assertTrue(all.contains("String 'unbounded' needs maxLength 1 to 255"), all);
        assertTrue(all.contains("'wide' has type long, which cannot be networked"), all);
    }
}
