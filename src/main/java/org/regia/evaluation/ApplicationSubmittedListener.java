package org.regia.evaluation;

import org.regia.applications.ApplicationSubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Registers every submitted application for evaluation (transactional, asynchronous, kept in the event registry). */
@Component
class ApplicationSubmittedListener {

    private final EvaluationService evaluation;

    ApplicationSubmittedListener(EvaluationService evaluation) {
        this.evaluation = evaluation;
    }

    @ApplicationModuleListener
    void on(ApplicationSubmitted event) {
        evaluation.register(event);
    }
}
