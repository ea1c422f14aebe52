package dev.javelin.engine.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's packages form layers, bottom to top, and no package cycle exists. The table in
 * docs/ARCHITECTURE.md is this test in words; change both together.
 */
class LayeringTest {

    static final String ENGINE = "dev.javelin.engine";
    private static JavaClasses engine;

    @BeforeAll
    static void importEngine() {
        engine = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ENGINE);
    }

    @Test
    void packagesFormTheDocumentedLayers() {
        EngineLayers.rule().check(engine);
    }

    @Test
    void noPackageDependsOnItselfThroughAnother() {
        slices().assignedFrom(byPackage()).should().beFreeOfCycles().check(engine);
    }

    @Test
    void theRulesCatchACycleAndAnUpwardImport() {
        JavaClasses cycle = new ClassFileImporter().importPackages(ENGINE + ".architecture.cycle");
        assertThrows(AssertionError.class,
                () -> slices().assignedFrom(byPackage()).should().beFreeOfCycles().check(cycle));
        // world.LayerViolationFixture (test sources) imports the client package.
        JavaClasses upward = new ClassFileImporter().importPackages(ENGINE + ".world", ENGINE + ".client");
        assertThrows(AssertionError.class, () -> EngineLayers.rule().check(upward));
    }

    /** Each package of the engine is one slice, the root package included. */
    static SliceAssignment byPackage() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String p = javaClass.getPackageName();
                return p.startsWith(ENGINE) ? SliceIdentifier.of(p) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "engine packages";
            }
        };
    }

    /** Keeps {@code layeredArchitecture} in one place so that a test can check that it catches a violation. */
    static final class EngineLayers {
        private EngineLayers() {
        }

        static com.tngtech.archunit.library.Architectures.LayeredArchitecture rule() {
            return layeredArchitecture().consideringOnlyDependenciesInLayers()
                    .layer("util").definedBy(ENGINE + ".util..", ENGINE + ".loop..")
                    .layer("wire").definedBy(ENGINE + ".internal.wire..")
                    .layer("schema").definedBy(ENGINE + ".schema..")
                    .layer("world").definedBy(ENGINE + ".world..", ENGINE + ".rigid..")
                    .layer("physics").definedBy(ENGINE + ".physics..")
                    .layer("codec").definedBy(ENGINE + ".internal.codec..")
                    .layer("game").definedBy(ENGINE)
                    .layer("lagcomp").definedBy(ENGINE + ".lagcomp..", ENGINE + ".replay..")
                    .layer("transport").definedBy(ENGINE + ".transport..")
                    .layer("protocol").definedBy(ENGINE + ".protocol..")
                    .layer("sync").definedBy(ENGINE + ".sync..")
                    .layer("view").definedBy(ENGINE + ".view..")
                    .layer("client").definedBy(ENGINE + ".client..")
                    .layer("server").definedBy(ENGINE + ".server..")
                    .whereLayer("server").mayNotBeAccessedByAnyLayer()
                    .whereLayer("client").mayNotBeAccessedByAnyLayer()
                    .whereLayer("lagcomp").mayNotBeAccessedByAnyLayer()
                    .whereLayer("view").mayOnlyBeAccessedByLayers("client")
                    .whereLayer("sync").mayOnlyBeAccessedByLayers("client")
                    .whereLayer("protocol").mayOnlyBeAccessedByLayers("client", "server")
                    .whereLayer("transport").mayOnlyBeAccessedByLayers("protocol", "client", "server")
                    .whereLayer("game").mayOnlyBeAccessedByLayers("lagcomp", "sync", "view", "client", "server")
                    .whereLayer("codec").mayOnlyBeAccessedByLayers("game", "lagcomp", "sync", "view", "client",
                            "server")
                    .whereLayer("physics").mayOnlyBeAccessedByLayers("game", "lagcomp", "codec", "sync", "view",
                            "client", "server")
                    .whereLayer("world").mayOnlyBeAccessedByLayers("physics", "codec", "game", "lagcomp", "protocol", "sync",
                            "view", "client", "server")
                    // A game's declarations (@Net, NetPrecision, ClassRegistry) sit under its objects, which use them.
                    .whereLayer("schema").mayOnlyBeAccessedByLayers("world", "physics", "codec", "game", "lagcomp", "protocol",
                            "sync", "view", "client", "server")
                    // The generated codecs of world classes call the wire's field codes: the one upward-looking
                    // name a game's classes touch, and only through generated code.
                    .whereLayer("wire").mayOnlyBeAccessedByLayers("schema", "world", "physics", "codec", "game", "lagcomp",
                            "protocol", "sync", "view", "client", "server")
                    .whereLayer("util").mayOnlyBeAccessedByLayers("wire", "schema", "world", "physics", "codec",
                            "game", "lagcomp", "transport", "protocol", "sync", "view", "client", "server");
        }
    }
}
