package cn.safety.enforcement.web;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** The module rules: dependencies point inward, the domain stays clean, jurisdiction is decided in one place. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.safety.enforcement");
    }

    @Test
    void dependencies_point_inward_from_web_to_persistence_to_domain() {
        ArchRule rule = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("web").definedBy("cn.safety.enforcement.web..")
                .layer("persistence").definedBy("cn.safety.enforcement.persistence..")
                .layer("domain").definedBy("cn.safety.enforcement.domain..")
                .whereLayer("web").mayNotBeAccessedByAnyLayer()
                .whereLayer("persistence").mayOnlyBeAccessedByLayers("web")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("persistence", "web");
        rule.check(classes);
    }

    @Test
    void the_domain_uses_neither_web_nor_spring_data_jpa_nor_security() {
        noClasses().that().resideInAPackage("cn.safety.enforcement.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                        "org.springframework.data.jpa..", "org.springframework.security..", "jakarta.servlet..",
                        "org.hibernate..")
                .check(classes);
    }

    /** Persistence turns a lost race on a version into {@code StaleVersion}: the web sees no ORM exception. */
    @Test
    void the_web_layer_never_imports_the_orm() {
        noClasses().that().resideInAPackage("cn.safety.enforcement.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.orm..", "org.hibernate..")
                .check(classes);
    }

    /** Commands publish events; the record's one listener writes the entries: nobody else calls the trail's writer. */
    @Test
    void only_the_records_listener_writes_audit_entries() {
        noClasses().that().resideOutsideOfPackage("cn.safety.enforcement.domain.audit..")
                .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("record"))
                        .and(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                                com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                        com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(
                                                cn.safety.enforcement.domain.audit.AuditTrail.class)))))
                .check(classes);
    }

    @Test
    void the_web_layer_never_touches_persistence_classes() {
        noClasses().that().resideInAPackage("cn.safety.enforcement.web..")
                .should().dependOnClassesThat().resideInAPackage("cn.safety.enforcement.persistence..")
                .check(classes);
    }

    @Test
    void controllers_call_services_never_repositories_or_ports() {
        noClasses().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class)
                .orShould().dependOnClassesThat().haveSimpleName("Enterprises")
                .orShould().dependOnClassesThat().haveSimpleName("Departments")
                .orShould().dependOnClassesThat().haveSimpleName("Divisions")
                .orShould().dependOnClassesThat().haveSimpleName("UserAccounts")
                .orShould().dependOnClassesThat().haveSimpleName("AuditTrail")
                .orShould().dependOnClassesThat().haveSimpleName("JdbcClient")
                .check(classes);
    }

    @Test
    void only_the_domain_compares_locations_so_jurisdiction_is_decided_in_one_place() {
        noClasses().that().resideOutsideOfPackage("cn.safety.enforcement.domain..")
                .should().callMethod(cn.safety.enforcement.domain.division.Location.class, "contains",
                        cn.safety.enforcement.domain.division.Location.class)
                .orShould().callMethod(cn.safety.enforcement.domain.division.Location.class, "strictlyContains",
                        cn.safety.enforcement.domain.division.Location.class)
                .check(classes);
    }

    @Test
    void every_scheduled_job_runs_once_per_cluster_under_a_lock() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that().areAnnotatedWith(org.springframework.scheduling.annotation.Scheduled.class)
                .should().beAnnotatedWith(net.javacrumbs.shedlock.spring.annotation.SchedulerLock.class)
                .check(classes);
    }

    @Test
    void services_outside_the_jurisdiction_package_do_not_compare_locations_either() {
        noClasses().that().resideInAPackage("cn.safety.enforcement.domain..")
                .and().haveSimpleNameEndingWith("Service")
                .should().callMethod(cn.safety.enforcement.domain.division.Location.class, "contains",
                        cn.safety.enforcement.domain.division.Location.class)
                .orShould().callMethod(cn.safety.enforcement.domain.division.Location.class, "strictlyContains",
                        cn.safety.enforcement.domain.division.Location.class)
                .check(classes);
    }
}
