package io.dockerbox;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;

/** The table of docs/design.md, "Layers": which package may use which, and who alone uses which library. */
@AnalyzeClasses(packages = "io.dockerbox", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {
    @ArchTest
    static final ArchRule eachPackageUsesOnlyThePackagesOfItsRow = layers()
            .whereLayer("mojo").mayOnlyAccessLayers("services", "watch", "build", "share", "run", "snapshot", "render", "config", "log", "io.dockerbox")
            .whereLayer("services").mayOnlyAccessLayers("watch", "build", "share", "run", "snapshot", "render", "box", "engine", "config", "log",
                    "io.dockerbox")
            .whereLayer("watch").mayOnlyAccessLayers("build", "run", "render", "chain", "box", "engine", "config", "log", "io.dockerbox")
            .whereLayer("build").mayOnlyAccessLayers("render", "chain", "box", "engine", "config", "log", "io.dockerbox")
            .whereLayer("share").mayOnlyAccessLayers("build", "chain", "box", "engine", "config", "log", "io.dockerbox")
            .whereLayer("run").mayOnlyAccessLayers("chain", "box", "engine", "config", "log", "io.dockerbox")
            .whereLayer("snapshot").mayOnlyAccessLayers("box", "engine", "config", "log", "io.dockerbox")
            .whereLayer("render").mayOnlyAccessLayers("chain", "config", "log", "io.dockerbox")
            .whereLayer("chain").mayOnlyAccessLayers("config")
            .whereLayer("box").mayOnlyAccessLayers("engine", "config", "log")
            .whereLayer("engine").mayOnlyAccessLayers("json", "io.dockerbox")
            .whereLayer("config").mayOnlyAccessLayers("json", "io.dockerbox")
            .whereLayer("json").mayNotAccessAnyLayer()
            .whereLayer("log").mayNotAccessAnyLayer()
            .whereLayer("io.dockerbox").mayNotAccessAnyLayer();

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("io.dockerbox.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyTheEngineSpeaksDockerJava = only("io\\.dockerbox\\.engine\\..*", "com.github.dockerjava..");

    @ArchTest
    static final ArchRule onlyRenderKnowsFreeMarker = only("io\\.dockerbox\\.render\\..*", "freemarker..");

    @ArchTest
    static final ArchRule onlyTheGoalsKnowMaven = only("io\\.dockerbox\\.(mojo|dockerbox_maven_plugin)\\..*", "org.apache.maven..");

    @ArchTest
    static final ArchRule onlyContextTarWritesTars =
            only("io\\.dockerbox\\.(build\\.ContextTar|snapshot\\.VolumeArchive)(\\$.*)?", "org.apache.commons.compress..");

    @ArchTest
    static final ArchRule onlyWatchsFileEventsKnowDirectoryWatcher = only("io\\.dockerbox\\.watch\\.FileEvents(\\$.*)?", "io.methvin..");

    @ArchTest
    static final ArchRule onlyTheBuildSessionSpeaksHttp2 =
            only("io\\.dockerbox\\.engine\\.(BuildSession|GrpcMessages)(\\$.*)?", "okhttp3..", "okio..");

    @ArchTest
    static final ArchRule onlyTheEngineAndCredentialsReadJson =
            only("io\\.dockerbox\\.(engine\\..*|json\\..*|share\\.Credentials(\\$.*)?)", "com.fasterxml.jackson..");

    /** A layer for each package, by its name; the goals with the help goal maven-plugin-plugin generates beside them. */
    private static LayeredArchitecture layers() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("mojo").definedBy("io.dockerbox.mojo..", "io.dockerbox.dockerbox_maven_plugin..")
                .layer("io.dockerbox").definedBy("io.dockerbox");
        for (String name : List.of("services", "watch", "build", "share", "run", "snapshot", "render", "chain", "box", "engine", "config", "json", "log")) {
            layers = layers.layer(name).definedBy("io.dockerbox." + name + "..");
        }
        return layers;
    }

    /** Only the classes whose names match {@code classes} (nested ones included) use the {@code library}'s package. */
    private static ArchRule only(String classes, String... libraries) {
        return noClasses().that().haveNameNotMatching(classes).should().dependOnClassesThat().resideInAnyPackage(libraries);
    }
}
