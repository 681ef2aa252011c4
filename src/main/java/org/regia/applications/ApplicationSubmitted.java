package org.regia.applications;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published once when an application is submitted (for evaluation and later modules). It carries what the submitted
 * dossier says, so that a listener registers it without reading the application again (under the deadline rush the
 * re-reading listeners took a quarter of the processor); {@code dossier} is null in events published before it
 * existed and still waiting in the event registry — listeners then read the application.
 */
public record ApplicationSubmitted(UUID applicationId, UUID callId, String receiptNumber, String snapshotSha256,
                                   Instant submittedAt, Dossier dossier) {

    /** The dossier as submitted: texts of the standard form (empty when the form has no such field) and the consortium. */
    public record Dossier(String title, String coordinatorName, String summary, String regionalImpact, String domain,
                          List<Participant> partners, BigDecimal requestedAid) {

        /** What a submitted application says, with the aid its state-aid calculation requests. */
        public static Dossier of(Application a, BigDecimal requestedAid) {
            return of(a, FormSchema.JSON.readTree(a.getFormData() == null ? "{}" : a.getFormData()), requestedAid);
        }

        /** The same, from form data the caller has already read. */
        static Dossier of(Application a, tools.jackson.databind.JsonNode data, BigDecimal requestedAid) {
            return new Dossier(a.getTitle(), a.coordinator().getOrgName(), text(data, "summary"), text(data, "regionalImpact"),
                    text(data, "domain"), a.acceptedPartners().stream()
                    .map(p -> new Participant(p.getOrganisationId(), p.getOrgNumber())).toList(), requestedAid);
        }

        private static String text(tools.jackson.databind.JsonNode data, String field) {
            tools.jackson.databind.JsonNode n = data.get(field);
            return n == null || n.isNull() ? "" : n.asString();
        }
    }

    /** An accepted partner: its organisation and, when it has one, its enterprise number (digits). */
    public record Participant(UUID organisationId, String enterpriseNumber) {
    }
}
