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
                        "org.hibernate..", "org.apache.tika..")
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

    /**
     * A new list port cannot forget the scope: in a domain port that keeps records under jurisdiction, every method
     * that lists, pages, counts or searches them, or returns several of them, takes the caller's {@code Scope} (or is
     * marked {@code @Unscoped} with the reason).
     */
    @Test
    void every_list_count_and_search_of_records_under_jurisdiction_takes_a_scope() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that().areDeclaredInClassesThat().resideInAPackage("cn.safety.enforcement.domain..")
                .and().areDeclaredInClassesThat().areInterfaces()
                .and(ScopeRule.READS_MANY_RECORDS_UNDER_JURISDICTION)
                .should(ScopeRule.TAKE_A_SCOPE_OR_SAY_WHY_NOT)
                .check(classes);
    }

    /** The predicate and condition of the rule above, also checked against a port made to break it. */
    static final class ScopeRule {

        private static final java.util.regex.Pattern READS_MANY =
                java.util.regex.Pattern.compile("^(list|page|count|search|holds|export|stream|findAll|findBy|within).*");

        static final com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaMethod>
                READS_MANY_RECORDS_UNDER_JURISDICTION = com.tngtech.archunit.base.DescribedPredicate.describe(
                "read several records under jurisdiction", ScopeRule::readsManyRecordsUnderJurisdiction);

        static final com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaMethod>
                TAKE_A_SCOPE_OR_SAY_WHY_NOT = new com.tngtech.archunit.lang.ArchCondition<>(
                "take a Scope parameter or be marked @Unscoped") {
            @Override
            public void check(com.tngtech.archunit.core.domain.JavaMethod method,
                              com.tngtech.archunit.lang.ConditionEvents events) {
                boolean scoped = method.getRawParameterTypes().stream()
                        .anyMatch(t -> t.isEquivalentTo(cn.safety.enforcement.domain.jurisdiction.Scope.class));
                boolean excused = method.isAnnotatedWith(cn.safety.enforcement.domain.jurisdiction.Unscoped.class);
                if (!scoped && !excused) {
                    events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(method,
                            method.getFullName() + " reads records under jurisdiction without a Scope"));
                }
            }
        };

        static boolean readsManyRecordsUnderJurisdiction(com.tngtech.archunit.core.domain.JavaMethod method) {
            if (method.getName().startsWith("save") || method.getName().startsWith("delete")) {
                return false;
            }
            java.lang.reflect.Method m = method.reflect();
            boolean portOfRecords = java.util.Arrays.stream(m.getDeclaringClass().getMethods())
                    .anyMatch(other -> mentionsRecordUnderJurisdiction(other.getGenericReturnType()));
            if (!portOfRecords) {
                return false;
            }
            Class<?> raw = m.getReturnType();
            boolean many = Iterable.class.isAssignableFrom(raw) || java.util.Map.class.isAssignableFrom(raw)
                    || java.util.stream.Stream.class.isAssignableFrom(raw);
            boolean manyRecords = many && mentionsRecordUnderJurisdiction(m.getGenericReturnType());
            boolean countsOrSearches = READS_MANY.matcher(m.getName()).matches()
                    && (many || raw == long.class || raw == int.class || raw == boolean.class);
            return manyRecords || countsOrSearches;
        }

        private static boolean mentionsRecordUnderJurisdiction(java.lang.reflect.Type type) {
            if (type instanceof Class<?> c) {
                return cn.safety.enforcement.domain.jurisdiction.UnderJurisdiction.class.isAssignableFrom(c);
            }
            if (type instanceof java.lang.reflect.ParameterizedType p) {
                return java.util.Arrays.stream(p.getActualTypeArguments())
                        .anyMatch(ScopeRule::mentionsRecordUnderJurisdiction);
            }
            if (type instanceof java.lang.reflect.TypeVariable<?> v) {
                return java.util.Arrays.stream(v.getBounds()).anyMatch(ScopeRule::mentionsRecordUnderJurisdiction);
            }
            if (type instanceof java.lang.reflect.WildcardType w) {
                return java.util.Arrays.stream(w.getUpperBounds()).anyMatch(ScopeRule::mentionsRecordUnderJurisdiction);
            }
            return false;
        }
    }

    /** A port that forgot the scope, to show the rule above fails for it. */
    interface ForgetfulHazards {
        java.util.Optional<cn.safety.enforcement.domain.enterprise.Enterprise> findById(Long id);

        java.util.List<cn.safety.enforcement.domain.enterprise.Enterprise> listOpen(int limit);

        long countOpen();

        java.util.List<cn.safety.enforcement.domain.enterprise.Enterprise> listOpen(
                cn.safety.enforcement.domain.jurisdiction.Scope scope, int limit);
    }

    @Test
    void the_scope_rule_fails_for_a_port_that_forgets_the_scope() {
        JavaClasses forgetful = new ClassFileImporter().importClasses(ForgetfulHazards.class);
        com.tngtech.archunit.lang.EvaluationResult result = com.tngtech.archunit.lang.syntax.ArchRuleDefinition
                .methods().that().areDeclaredInClassesThat().areInterfaces()
                .and(ScopeRule.READS_MANY_RECORDS_UNDER_JURISDICTION)
                .should(ScopeRule.TAKE_A_SCOPE_OR_SAY_WHY_NOT)
                .evaluate(forgetful);
        org.assertj.core.api.Assertions.assertThat(result.getFailureReport().getDetails())
                .hasSize(2)
                .anySatisfy(d -> org.assertj.core.api.Assertions.assertThat(d).contains("listOpen(int)"))
                .anySatisfy(d -> org.assertj.core.api.Assertions.assertThat(d).contains("countOpen()"));
    }
}
