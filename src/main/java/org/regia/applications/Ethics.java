package org.regia.applications;

import java.util.ArrayList;
import java.util.List;

/** The ethics self-assessment: null = not answered. Any "yes" routes the application to an ethics check. */
public record Ethics(Boolean personalData, Boolean dualUse, Boolean environment, Boolean animals, Boolean humans) {

    public static final List<String> QUESTIONS = List.of("personalData", "dualUse", "environment", "animals", "humans");

    public List<Boolean> answers() {
        List<Boolean> l = new ArrayList<>();
        l.add(personalData);
        l.add(dualUse);
        l.add(environment);
        l.add(animals);
        l.add(humans);
        return l;
    }

    public List<String> unanswered() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < QUESTIONS.size(); i++) {
            if (answers().get(i) == null) {
                out.add(QUESTIONS.get(i));
            }
        }
        return out;
    }

    public List<String> yes() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < QUESTIONS.size(); i++) {
            if (Boolean.TRUE.equals(answers().get(i))) {
                out.add(QUESTIONS.get(i));
            }
        }
        return out;
    }

    public boolean needsEthicsCheck() {
        return !yes().isEmpty();
    }
}
