package org.regia.evaluation;

import java.util.List;
import java.util.Set;
import org.regia.identity.CurrentUser;
import org.regia.identity.DemoAccounts;
import org.regia.identity.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: a bilingual expert pool (the demo expert login among them, mixed genders and languages) so that
 * an officer can compute the assignment of the demo applications and the demo expert can score. Loaded once.
 */
@Component
@Profile("demo")
@Order(45)
class EvaluationDemoData implements ApplicationRunner {

    private final ExpertRepository experts;
    private final ExpertService service;

    EvaluationDemoData(ExpertRepository experts, ExpertService service) {
        this.experts = experts;
        this.service = service;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (experts.count() > 0) {
            return;
        }
        String demoExpert = DemoAccounts.LOGINS.stream().filter(l -> l.role() == Role.EXPERT).findFirst().orElseThrow().email();
        CurrentUser.asSystem(() -> {
            record E(String email, String name, Expert.Kind kind, Gender gender, Set<String> languages, String keywords) {
            }
            for (E e : List.of(
                    new E(demoExpert, "Prof. Joris Van den Bossche", Expert.Kind.EXTERNAL_EXPERT, Gender.MALE, Set.of("nl", "fr", "en"),
                            "logistique, fret, mobilité, simulation, jumeau numérique, logistiek, mobiliteit"),
                    new E("claire.dupont@experts.example", "Dr Claire Dupont", Expert.Kind.EXTERNAL_EXPERT, Gender.FEMALE, Set.of("fr", "en"),
                            "intelligence artificielle, vision, robotique, données, IA"),
                    new E("an.dewitte@experts.example", "Dr An De Witte", Expert.Kind.JURY_MEMBER, Gender.FEMALE, Set.of("nl", "fr"),
                            "circulaire economie, afval, recyclage, déchets, matériaux"),
                    new E("karim.bennani@regia.example", "Karim Bennani", Expert.Kind.INTERNAL_ADVISER, Gender.MALE, Set.of("fr", "nl"),
                            "numérique, logiciel, cybersécurité, digital, software"),
                    new E("sofie.peeters@experts.example", "Prof. Sofie Peeters", Expert.Kind.EXTERNAL_EXPERT, Gender.FEMALE, Set.of("nl", "en"),
                            "gezondheid, zorg, santé, biotech, diagnostiek"))) {
                service.create(e.email(), new ExpertDetails(e.name(), e.kind(), e.gender(), e.languages(), e.keywords(),
                        Set.of(), null, null, null, null, true, 8));
            }
        });
    }
}
