package org.regia.applications.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.StringBodyPart;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;

/**
 * The deadline rush as Gatling sees it (driven by {@link DeadlineRushBenchmark}, which prepares the dossiers and
 * fills {@link RushPlan}). Every virtual user is one applicant: they log in through the login form, open their
 * prepared dossier (CSRF token), upload a 100 KB PDF, fetch a static file together with everybody (the calibration),
 * then wait at a rendezvous until every applicant has reached that point, and all click "submit" together (API,
 * Idempotency-Key): the last-minute burst. A user whose login, page or upload failed still arrives at the rendezvous
 * (so nobody waits for ever) but does not submit. Request names ("login page", "login", "dossier", "upload 100 KB",
 * "static file (calibration)", "submit") are the rows of Gatling's HTML report
 * and of the benchmark's own table (response times recorded around each request, {@link #timed}).
 */
public class DeadlineRushSimulation extends Simulation {

    static final String META_CSRF = "<meta name=\"_csrf\" content=\"([^\"]+)\"";
    static final String META_HEADER = "<meta name=\"_csrf_header\" content=\"([^\"]+)\"";
    static final String FORM_CSRF = "name=\"_csrf\" value=\"([^\"]+)\"";

    HttpProtocolBuilder protocol = http.baseUrl(RushPlan.baseUrl)
            .disableFollowRedirect()
            .acceptHeader("text/html,application/json")
            .shareConnections()
            .disableCaching();

    Iterator<Map<String, Object>> applicants = RushPlan.applicants.stream()
            .map(a -> Map.<String, Object>of("email", a.email(), "id", a.applicationId().toString()))
            .iterator();

    ChainBuilder beforeTheClick = exec(
            timed(http("login page").get("/login").check(status().is(200), regex(FORM_CSRF).saveAs("loginCsrf")), "login page"),
            timed(http("login").post("/login")
                    .formParam("username", "#{email}")
                    .formParam("password", RushPlan.password)
                    .formParam("_csrf", "#{loginCsrf}")
                    .check(status().is(302), header("Location").transform(location -> location.contains("error")).is(false)), "login"),
            timed(http("dossier").get("/applications/#{id}")
                    .check(status().is(200), regex(META_CSRF).saveAs("csrf"), regex(META_HEADER).is("X-CSRF-TOKEN")), "dossier"),
            timed(http("upload 100 KB").post("/applications/#{id}/attachments")
                    .header("X-CSRF-TOKEN", "#{csrf}")
                    .bodyPart(StringBodyPart("fieldKey", "projectDescription"))
                    .bodyPart(ByteArrayBodyPart("file", session -> RushPlan.file(session.getString("id")))
                            .fileName("description.pdf").contentType("application/pdf"))
                    .check(status().is(302)), "upload 100 KB"));

    ChainBuilder theClick = timed(http("submit").post("/api/applications/#{id}/submit")
                    .header("X-CSRF-TOKEN", "#{csrf}")
                    .header("Idempotency-Key", "rush-#{id}")
                    .header("Accept", "application/json")
                    .check(status().is(200), jsonPath("$.receiptNumber").saveAs("receipt"),
                            jsonPath("$.snapshotSha256").saveAs("sha")), "submit")
            .exec(session -> {
                RushPlan.submitEnded(System.nanoTime());
                if (!session.isFailed()) {
                    RushPlan.acknowledged(session.getString("id"), session.getString("receipt"), session.getString("sha"));
                }
                return session;
            });

    /**
     * Calibration, right before the click: when everybody has uploaded, all fetch a static file at once through their
     * sessions (Tomcat, the security filters and this client, no database) — what this machine serves when a request
     * does almost nothing, to read the submission's figures against.
     */
    ChainBuilder calibration = exec(session -> {
                RushPlan.arrivedForCalibration();
                return session;
            })
            .asLongAs(session -> !RushPlan.everybodyArrivedForCalibration()).on(pause(Duration.ofMillis(5)))
            .exec(timed(http("static file").get("/css/regia.css").check(status().is(200)), "static file (calibration)"))
            .exec(session -> {
                RushPlan.calibrationEnded(System.nanoTime());
                return session;
            });

    /**
     * The request, with its response time as this client sees it recorded under {@code name} (an attempt first, the
     * time only when it succeeded: inside {@code exitBlockOnFail} a failed request leaves the block at once).
     */
    static ChainBuilder timed(HttpRequestActionBuilder request, String name) {
        return exec(session -> {
            RushPlan.attempt(name);
            return session.set("t0", System.nanoTime());
        }).exec(request).exec(session -> {
            if (!session.isFailed()) {
                RushPlan.succeeded(name, (System.nanoTime() - session.getLong("t0")) / 1_000_000);
            }
            return session;
        });
    }

    ScenarioBuilder rush = scenario("deadline rush")
            .feed(applicants)
            .exitBlockOnFail().on(beforeTheClick)
            .exec(calibration)
            .exec(session -> {
                RushPlan.arrived(!session.isFailed());
                return session;
            })
            .asLongAs(session -> !RushPlan.everybodyArrived()).on(pause(Duration.ofMillis(5)))
            .doIf(session -> !session.isFailed()).then(theClick);

    /** Gatling resets logback when it starts (root at DEBUG): put the test profile's levels back before the load. */
    @Override
    public void before() {
        RushPlan.quietLogging();
    }

    {
        setUp(rush.injectOpen(atOnceUsers(RushPlan.applicants.size()))).protocols(protocol)
                .maxDuration(Duration.ofMinutes(10));
    }
}
