package vn.thidua.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering that the README describes, checked on the compiled application classes (tests excluded) so that it no
 * longer holds by discipline alone: the web frameworks stay behind each feature's {@code web} package, so that rules and
 * services can be unit-tested and reused by the API without a Faces context; JAX-RS stays in {@code api}.
 */
@AnalyzeClasses(packages = "vn.thidua", importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class LayeringTest {

    @ArchTest
    static final ArchRule facesOnlyInWeb = noClasses()
            .that().resideOutsideOfPackage("vn.thidua..web..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "org.primefaces..", "org.omnifaces..")
            .because("only the pages' backing beans (…web) may touch Faces, PrimeFaces or OmniFaces");

    @ArchTest
    static final ArchRule jaxRsOnlyInApi = noClasses()
            .that().resideOutsideOfPackage("vn.thidua..api..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..")
            .because("only the JSON endpoints (…api) may touch JAX-RS");

    @ArchTest
    static final ArchRule webAndApiAreLeaves = noClasses()
            .that().resideOutsideOfPackages("vn.thidua..web..", "vn.thidua..api..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.thidua..web..", "vn.thidua..api..")
            .because("services, entities and queries serve the pages and the API, never the other way round");

    @ArchTest
    static final ArchRule sharedKnowsNoFeature = noClasses()
            .that().resideInAPackage("vn.thidua.shared..")
            .should().dependOnClassesThat(resideInAPackage("vn.thidua..").and(resideOutsideOfPackage("vn.thidua.shared..")))
            .because("every feature stands on shared; shared depending on a feature would tie them all together");

    /**
     * Every use-case service runs again when it loses a race with another request on the same rows, instead of
     * answering 500 (issue 18): a new service without it would bring the 500s back unnoticed.
     */
    @ArchTest
    static final ArchRule servicesRetryLostRaces = classes()
            .that().resideInAPackage("vn.thidua..").and().haveSimpleNameEndingWith("Service")
            .and().areAnnotatedWith("jakarta.enterprise.context.ApplicationScoped")
            .should().beAnnotatedWith("vn.thidua.shared.RetryOnConflict")
            .because("a use case that lost a race must run again or say so, never answer 500");

    /**
     * No cycles between features. Two existed when this rule was written and are frozen (their violations are listed in
     * src/test/resources/archunit-store, see archunit.properties): campaign ⇄ cluster (a cluster belongs to a campaign,
     * while the campaign's page, API and "copy to next year" reach into cluster) and organisation ⇄ security (an account
     * belongs to a unit, while unit queries take the {@code Actor} for their scope). A new dependency that closes a cycle
     * fails; removing a frozen one shrinks the store by itself.
     */
    @ArchTest
    static final ArchRule noCyclesBetweenFeatures = FreezingArchRule.freeze(
            slices().matching("vn.thidua.(*)..").namingSlices("$1").should().beFreeOfCycles());
}
