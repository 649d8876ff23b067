package org.xinqiao;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import org.junit.jupiter.api.Test;

/** Keeps the feature structure of ARCHITECTURE.md honest. */
class StructureTest {

    private static final JavaClasses SERVER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.xinqiao");

    @Test
    void repositoriesArePrivateToTheirFeature() {
        classes().that().areAnnotatedWith(JdbcRepository.class).should().notBePublic()
                .because("a feature reaches another through its service, never its tables")
                .check(SERVER);
    }

    @Test
    void rulesKnowNothingOfMicronautHttpOrSql() {
        noClasses().that().haveSimpleNameEndingWith("Policy")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut.http..", "io.micronaut.data..", "java.sql..",
                        "io.micronaut.context..")
                .check(SERVER);
    }
}
