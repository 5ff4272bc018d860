package uz.shaffof;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package structure of the generator's main code, checked on its bytecode: packages that depend on each other in
 * a circle cannot be understood, tested or changed one at a time, so a cycle fails the build here rather than growing
 * unnoticed.
 */
@AnalyzeClasses(packages = "uz.shaffof", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** No two top-level packages under {@code uz.shaffof} depend on each other, directly or through others. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("uz.shaffof.(*)..").should().beFreeOfCycles();

    /**
     * {@code pipeline} is what every stage of a build shares, so it must sit below them all. It may use only the
     * packages below it that its types need: {@code render} ({@code RenderLimits}, part of the options),
     * {@code output} ({@code GeneratedFiles}, told to a listener) and {@code problem} ({@code BuildCancelled}).
     */
    @ArchTest
    static final ArchRule pipelineUsesOnlyWhatIsBelowIt = classes().that().resideInAPackage("uz.shaffof.pipeline..")
            .should().onlyDependOnClassesThat(resideOutsideOfPackage("uz.shaffof..").or(resideInAnyPackage(
                    "uz.shaffof.pipeline..", "uz.shaffof.render..", "uz.shaffof.output..", "uz.shaffof.problem..")));

    /** Not even through the packages it may use does {@code pipeline} reach a stage, the build or a command. */
    @ArchTest
    static final ArchRule pipelineReachesNoStage = noClasses().that().resideInAPackage("uz.shaffof.pipeline..")
            .should().transitivelyDependOnClassesThat().resideInAnyPackage("uz.shaffof.build..", "uz.shaffof.site..",
                    "uz.shaffof.gate..", "uz.shaffof.search..", "uz.shaffof.chart..", "uz.shaffof.serve..",
                    "uz.shaffof.cli..", "uz.shaffof.bench..");

    /**
     * A build's progress (each stage, each gate's time and the pages it checked, charts drawn, pages rendered) is told
     * through one interface, {@code pipeline.BuildListener}, so that {@code build --timings}, {@code bench} and
     * {@code serve}'s rebuild line hear the same thing. A stage with a listener of its own needs an adapter to it in
     * whoever calls the stage, and what that adapter leaves out is missing from some of them: so the packages that run
     * a build's stages declare no interface named as a listener or a progress. ({@code cli}'s and {@code serve}'s
     * listeners hear file changes and finished rebuilds, not a build's stages.)
     */
    @ArchTest
    static final ArchRule buildProgressHasOneListener = noClasses().that().areInterfaces()
            .and().resideInAnyPackage("uz.shaffof.build..", "uz.shaffof.site..", "uz.shaffof.gate..",
                    "uz.shaffof.chart..", "uz.shaffof.search..", "uz.shaffof.figures..", "uz.shaffof.content..",
                    "uz.shaffof.render..", "uz.shaffof.output..", "uz.shaffof.cache..")
            .should().haveSimpleNameEndingWith("Listener").orShould().haveSimpleNameEndingWith("Progress")
            .because("a build's stages tell their progress to uz.shaffof.pipeline.BuildListener");

    /**
     * The site's two editions (folder, language tag, script) are {@code i18n.Edition}'s: a second type naming them
     * drifts from it (a renamed folder, a new edition) without a compile error anywhere.
     */
    @ArchTest
    static final ArchRule oneEdition = classes().that().haveSimpleName("Edition")
            .should().resideInAPackage("uz.shaffof.i18n")
            .because("the site's editions are uz.shaffof.i18n.Edition");
}
