package org.zwfw;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The layers of the codebase, lowest first: the kernel (problems, CSV tables, field errors, personal data), the
 * lawbook (the rules folder read once: instruments, catalog, calendar, phases), the engine (compiled rules, sessions,
 * the run of a decision family), the decision families (acceptance, fees, cases, credit, lint, policies), governance
 * (validate, coverage, scaffold, what-if, reload) and the platform (HTTP API, web, security, audit, ops, command
 * line). A lower layer never uses a higher one, and no two top-level packages use each other.
 */
class LayeringTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.zwfw");

    @Test
    void aLowerLayerNeverUsesAHigherOne() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Kernel").definedBy("org.zwfw.kernel..", "org.zwfw.identity..")
                .layer("Lawbook").definedBy("org.zwfw.lawbook..", "org.zwfw.catalog..")
                .layer("Engine").definedBy("org.zwfw.engine..")
                .layer("Families").definedBy("org.zwfw.acceptance..", "org.zwfw.fees..", "org.zwfw.cases..",
                        "org.zwfw.credit..", "org.zwfw.lint..", "org.zwfw.policies..", "org.zwfw.services..",
                        "org.zwfw.bundles..", "org.zwfw.supervision..")
                .layer("Governance").definedBy("org.zwfw.governance..")
                .layer("Platform").definedBy("org.zwfw", "org.zwfw.platform..")
                .whereLayer("Platform").mayNotBeAccessedByAnyLayer()
                .whereLayer("Governance").mayOnlyBeAccessedByLayers("Platform")
                .whereLayer("Families").mayOnlyBeAccessedByLayers("Governance", "Platform")
                .whereLayer("Engine").mayOnlyBeAccessedByLayers("Families", "Governance", "Platform")
                .whereLayer("Lawbook").mayOnlyBeAccessedByLayers("Engine", "Families", "Governance", "Platform")
                .check(MAIN);
    }

    @Test
    void noCycleBetweenTopLevelPackages() {
        slices().matching("org.zwfw.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void noCycleBetweenTheSubpackagesOfAFamily() {
        // e.g. the 免申即享 service and its population batch once used each other.
        slices().matching("org.zwfw.(**)").should().beFreeOfCycles().check(MAIN);
    }
}
