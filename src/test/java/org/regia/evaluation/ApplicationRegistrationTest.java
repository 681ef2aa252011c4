package org.regia.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regia.applications.ApplicationSubmitted;
import org.regia.catalogue.Call;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Evaluation registers a submission from the dossier the {@link ApplicationSubmitted} event carries; an event without
 * it (published before events carried the dossier, still waiting in the event registry) registers the same thing by
 * reading the application.
 */
class ApplicationRegistrationTest extends IntegrationTest {

    static final String ROW = "select call_id, receipt_number, title, coordinator_name, language, keywords, domains, "
            + "partner_keys, requested_amount from evaluation_application where application_id = ?";

    @Autowired EvaluationFixture fixture;
    @Autowired EvaluationService evaluation;

    @Test
    void anEventWithoutTheDossierRegistersTheSameAsOneWithIt() {
        Call call = fixture.openCall("20000");
        var submitted = fixture.submit(call, "ann@hydro.example", "Hydro SRL", "07112233", "Waterstofbussen voor Brussel",
                "Opslag van waterstof voor stadsbussen en een prototype van de tankinstallatie.", "URBAN_FLOWS", "100000");
        Map<String, Object> fromEvent = jdbc().queryForMap(ROW, submitted.applicationId());
        assertThat(fromEvent.get("title")).isEqualTo("Waterstofbussen voor Brussel");
        assertThat(fromEvent.get("coordinator_name")).isEqualTo("Hydro SRL");
        assertThat(fromEvent.get("language")).isEqualTo("nl");
        assertThat((String) fromEvent.get("domains")).contains("URBAN_FLOWS");
        // 100,000 personnel, small firm, experimental development alone: 25 + 20 = 45 %
        assertThat(new java.math.BigDecimal(fromEvent.get("requested_amount").toString())).isEqualByComparingTo("45000");

        jdbc().update("delete from evaluation_application where application_id = ?", submitted.applicationId());
        SecurityContextHolder.clearContext(); // as the asynchronous listener: nobody signed in
        evaluation.register(new ApplicationSubmitted(submitted.applicationId(), call.getId(),
                (String) fromEvent.get("receipt_number"), "sha", Instant.now(), null));

        assertThat(jdbc().queryForMap(ROW, submitted.applicationId())).isEqualTo(fromEvent);
    }
}
