package org.regia.applications;

import java.util.List;

/**
 * One automatic eligibility / admissibility rule evaluated for the application or one partner.
 *
 * @param rule       BENEFICIARY_TYPE, BRUSSELS_REGION, SIZE_CLASS, TRL, DE_MINIMIS, MANDATORY_ATTACHMENTS, ETHICS
 * @param subject    the partner's organisation name, or null for the application
 * @param passed     whether the rule is met (ETHICS: false = an ethics check is needed)
 * @param messageKey the reason, with its arguments, in the reader's language
 */
public record EligibilityResult(String rule, String subject, boolean passed, String messageKey, List<String> arguments) {
}
