package org.regia.impact;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.regia.identity.CurrentUser;
import org.regia.identity.RegiaAccount;
import org.regia.identity.Role;
import org.regia.notifications.Mailer;
import org.regia.organisations.OrganisationService;
import org.regia.shared.DomainException;
import org.regia.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ex-post survey engine: schedules surveys at the project's end + each configured wave (default 1 and 3 years),
 * opens them on the day (invitation e-mail to the organisation's people), reminds, closes; beneficiaries and rejected
 * applicants answer in the portal, every answer being a new version.
 */
@Service
@Transactional
public class SurveyService {

    private static final Logger log = LoggerFactory.getLogger(SurveyService.class);
    static final Role[] STAFF = {Role.PROGRAMME_OFFICER, Role.CONTROL_OFFICER, Role.COMMITTEE, Role.ADMIN};

    private final SurveyRepository surveys;
    private final SurveyDefinitionRepository definitions;
    private final SurveyAnswerRepository answers;
    private final OrganisationService organisations;
    private final Mailer mailer;
    private final Clock clock;
    private final List<Integer> waves;
    private final int openDays;
    private final List<Integer> reminderDays;
    private final String baseUrl;

    SurveyService(SurveyRepository surveys, SurveyDefinitionRepository definitions, SurveyAnswerRepository answers,
                  OrganisationService organisations, Mailer mailer, Clock clock,
                  @Value("${regia.impact.waves:1,3}") String waves,
                  @Value("${regia.impact.open-days:60}") int openDays,
                  @Value("${regia.impact.reminder-days:14,35}") String reminderDays,
                  @Value("${regia.base-url:http://localhost:8080}") String baseUrl) {
        this.surveys = surveys;
        this.definitions = definitions;
        this.answers = answers;
        this.organisations = organisations;
        this.mailer = mailer;
        this.clock = clock;
        this.waves = ints(waves);
        this.openDays = openDays;
        this.reminderDays = ints(reminderDays);
        this.baseUrl = baseUrl;
    }

    private static List<Integer> ints(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Integer::valueOf)
                .sorted().toList();
    }

    // ---- scheduling ----

    /**
     * Schedules one survey per configured wave for the subject, unless already scheduled (events may be delivered
     * twice). Returns the surveys created.
     */
    public List<Survey> schedule(Survey.Subject subject) {
        SurveyDefinition definition = definitions.findFirstByKindOrderByVersionDesc(subject.kind()).orElseGet(() -> {
            SurveyDefinition first = new SurveyDefinition(subject.kind(), 1, SurveyDefinition.defaults(subject.kind()), clock.instant());
            definitions.insertFirstVersion(first.getId(), first.getKind().name(), first.questionList(), first.getCreatedAt());
            return definitions.findFirstByKindOrderByVersionDesc(subject.kind()).orElseThrow();
        });
        List<Survey> created = new ArrayList<>();
        for (int wave : waves) {
            boolean exists = subject.kind() == SurveyKind.BENEFICIARY
                    ? surveys.existsByGrantIdAndWave(subject.grantId(), wave)
                    : surveys.existsByApplicationIdAndKindAndWave(subject.applicationId(), SurveyKind.COMPARISON, wave);
            if (!exists) {
                created.add(surveys.save(new Survey(subject, definition, wave, subject.end().plusYears(wave), openDays,
                        clock.instant())));
            }
        }
        return created;
    }

    /** The accounts of the organisation in the year before the project (the "before" of the comparisons). */
    public Answers.Baseline baselineOf(UUID organisationId, LocalDate projectStart) {
        if (organisationId == null || projectStart == null) {
            return Answers.Baseline.NONE;
        }
        return organisations.keyFigures(organisationId, projectStart.getYear() - 1)
                .map(f -> new Answers.Baseline(f.year(), f.staff(), f.turnover())).orElse(Answers.Baseline.NONE);
    }

    /**
     * The daily run: opens the surveys due today or earlier (invitation), reminds the people of open surveys without
     * an answer on the configured days after the invitation, closes the surveys past their closing date.
     */
    public RunReport run() {
        return run(clock);
    }

    /** The daily run as of the given clock's day (tests and catch-up runs). */
    RunReport run(Clock at) {
        LocalDate today = LocalDate.now(at);
        Instant now = at.instant();
        int opened = 0;
        int reminded = 0;
        int closed = 0;
        for (Survey s : surveys.findByStateAndOpensOnLessThanEqual(SurveyState.SCHEDULED, today)) {
            if (today.isAfter(s.getClosesOn())) {
                s.close();
                closed++;
                continue;
            }
            s.open(now);
            notify(s, "invitation");
            opened++;
        }
        for (Survey s : surveys.findByState(SurveyState.OPEN)) {
            if (today.isAfter(s.getClosesOn())) {
                s.close();
                closed++;
                continue;
            }
            if (answers.existsBySurveyId(s.getId()) || s.getRemindersSent() >= reminderDays.size()) {
                continue;
            }
            LocalDate invited = LocalDate.ofInstant(s.getInvitedAt(), at.getZone());
            if (!today.isBefore(invited.plusDays(reminderDays.get(s.getRemindersSent())))) {
                s.reminded(today);
                notify(s, "reminder");
                reminded++;
            }
        }
        if (opened + reminded + closed > 0) {
            log.info("Impact surveys: {} opened, {} reminders, {} closed", opened, reminded, closed);
        }
        return new RunReport(opened, reminded, closed);
    }

    public record RunReport(int opened, int reminded, int closed) {
    }

    private void notify(Survey s, String what) {
        String link = baseUrl + "/impact/my-surveys/" + s.getId();
        String subject = switch (what) {
            case "invitation" -> "Regia — enquête d’impact / impactenquête: " + s.getTitle();
            default -> "Regia — rappel / herinnering: enquête d’impact / impactenquête: " + s.getTitle();
        };
        String body = """
                Bonjour,

                %s ans après la fin du projet « %s », nous vous demandons quelques chiffres sur ses suites (emplois, \
                chiffre d’affaires, financements obtenus). Répondre prend dix minutes ; vous pouvez corriger vos \
                réponses jusqu’au %s.

                Goedendag,

                %s jaar na het einde van het project ‘%s’ vragen we u enkele cijfers over de resultaten (banen, omzet, \
                verkregen financiering). Antwoorden duurt tien minuten; u kunt uw antwoorden corrigeren tot %s.

                %s
                """.formatted(s.getWave(), s.getTitle(), s.getClosesOn(), s.getWave(), s.getTitle(), s.getClosesOn(), link);
        List<String> to = organisations.contactEmails(s.getOrganisationId());
        if (to.isEmpty()) {
            log.warn("Impact survey {}: organisation {} has no contact to send the {} to", s.getId(),
                    s.getOrganisationId(), what);
        }
        to.forEach(email -> mailer.send(email, subject, body));
    }

    // ---- answering ----

    /** The surveys of the organisations the signed-in user acts for (scheduled ones are not shown yet). */
    @Transactional(readOnly = true)
    public List<Survey> mySurveys() {
        List<UUID> mine = organisations.memberOf(CurrentUser.id());
        if (mine.isEmpty()) {
            return List.of();
        }
        return surveys.findByOrganisationIdInOrderByOpensOnDesc(mine).stream()
                .filter(s -> s.getState() != SurveyState.SCHEDULED).toList();
    }

    /** A survey its organisation's people or staff may see. */
    @Transactional(readOnly = true)
    public Survey get(UUID id) {
        Survey s = surveys.findById(id).orElseThrow(() -> new NotFoundException("survey", id));
        if (!CurrentUser.hasAnyRole(STAFF) && !isMine(s)) {
            throw new NotFoundException("survey", id);
        }
        return s;
    }

    private boolean isMine(Survey s) {
        return organisations.memberOf(CurrentUser.id()).contains(s.getOrganisationId());
    }

    /** Every version of the answers, newest first. */
    @Transactional(readOnly = true)
    public List<SurveyAnswer> history(UUID surveyId) {
        get(surveyId);
        return answers.findBySurveyIdOrderByVersionDesc(surveyId);
    }

    @Transactional(readOnly = true)
    public Optional<SurveyAnswer> current(UUID surveyId) {
        get(surveyId);
        return answers.findFirstBySurveyIdOrderByVersionDesc(surveyId);
    }

    /**
     * Records the answers as a new version. Only people of the surveyed organisation, only while the survey is open;
     * the whole sheet is checked and every problem reported at once (nothing is saved then).
     *
     * @param basedOnVersion the answer version the form was filled from (0 for a first answer): if someone answered in
     *                       between, nothing is saved and the message says so
     */
    public SurveyAnswer answer(UUID surveyId, int basedOnVersion, Map<String, String> raw, boolean turnoverConfirmed) {
        Survey s = surveys.findById(surveyId).orElseThrow(() -> new NotFoundException("survey", surveyId));
        if (!isMine(s)) {
            throw new AccessDeniedException("impact.survey.notYours");
        }
        if (!s.acceptsAnswers(LocalDate.now(clock))) {
            throw new DomainException("impact.survey.closed", s.getClosesOn());
        }
        int latest = answers.findFirstBySurveyIdOrderByVersionDesc(surveyId).map(SurveyAnswer::getVersion).orElse(0);
        if (basedOnVersion != latest) {
            throw new DomainException("impact.survey.answeredMeanwhile", latest);
        }
        Answers parsed = Answers.parse(raw, s.getDefinition().questions(), s.baseline(), turnoverConfirmed);
        RegiaAccount me = CurrentUser.get().orElseThrow();
        return answers.saveAndFlush(new SurveyAnswer(surveyId, latest + 1, parsed, me.userId(), me.email(), clock.instant()));
    }

    /** Whether the signed-in user may answer the survey today (a person of the surveyed organisation, survey open). */
    @Transactional(readOnly = true)
    public boolean canAnswer(Survey s) {
        return s.acceptsAnswers(LocalDate.now(clock)) && isMine(s);
    }

    // ---- officers ----

    @Transactional(readOnly = true)
    public List<Survey> all(SurveyState state) {
        requireStaff();
        return surveys.all().stream().filter(s -> state == null || s.getState() == state).toList();
    }

    @Transactional(readOnly = true)
    public boolean answered(UUID surveyId) {
        return answers.existsBySurveyId(surveyId);
    }

    static void requireStaff() {
        if (!CurrentUser.hasAnyRole(STAFF)) {
            throw new AccessDeniedException("impact.staffOnly");
        }
    }
}
