package org.regia.applications;

/** The standard RDI application form (version 1 is created from this on first use). */
final class DefaultForm {

    private DefaultForm() {
    }

    static final String JSON = """
            {"sections": [
              {"key": "project", "title": {"fr": "Projet", "nl": "Project", "en": "Project"}, "fields": [
                {"key": "acronym", "type": "text", "required": true, "maxLength": 20,
                 "label": {"fr": "Acronyme", "nl": "Acroniem", "en": "Acronym"}},
                {"key": "summary", "type": "textarea", "required": true, "maxLength": 3000,
                 "label": {"fr": "Résumé du projet", "nl": "Samenvatting van het project", "en": "Project summary"}},
                {"key": "trl", "type": "integer", "required": true, "min": 1, "max": 9,
                 "label": {"fr": "Niveau de maturité technologique (TRL) visé", "nl": "Beoogd technologisch maturiteitsniveau (TRL)", "en": "Target technology readiness level (TRL)"}},
                {"key": "startDate", "type": "date", "required": true,
                 "label": {"fr": "Date de début", "nl": "Begindatum", "en": "Start date"}},
                {"key": "domain", "type": "choice", "required": true,
                 "options": ["DIGITAL", "BUILDINGS", "RESOURCES", "URBAN_FLOWS", "HEALTH", "SOCIAL_INNOVATION"],
                 "label": {"fr": "Domaine stratégique", "nl": "Strategisch domein", "en": "Strategic domain"}}
              ]},
              {"key": "impact", "title": {"fr": "Impact", "nl": "Impact", "en": "Impact"}, "fields": [
                {"key": "regionalImpact", "type": "textarea", "required": true, "maxLength": 2000,
                 "label": {"fr": "Impact pour la Région", "nl": "Impact voor het Gewest", "en": "Impact for the Region"}},
                {"key": "genderDimension", "type": "boolean",
                 "label": {"fr": "Le projet a une dimension de genre", "nl": "Het project heeft een genderdimensie", "en": "The project has a gender dimension"}},
                {"key": "genderExplanation", "type": "textarea", "required": true, "maxLength": 1000,
                 "visibleIf": {"field": "genderDimension", "equals": true},
                 "label": {"fr": "Expliquez la dimension de genre", "nl": "Licht de genderdimensie toe", "en": "Explain the gender dimension"}},
                {"key": "workPackages", "type": "group", "minItems": 1, "maxItems": 12,
                 "label": {"fr": "Lots de travail", "nl": "Werkpakketten", "en": "Work packages"},
                 "fields": [
                   {"key": "title", "type": "text", "required": true, "maxLength": 120,
                    "label": {"fr": "Titre", "nl": "Titel", "en": "Title"}},
                   {"key": "months", "type": "integer", "required": true, "min": 1, "max": 60,
                    "label": {"fr": "Durée (mois)", "nl": "Duur (maanden)", "en": "Duration (months)"}}
                 ]}
              ]},
              {"key": "annexes", "title": {"fr": "Annexes", "nl": "Bijlagen", "en": "Attachments"}, "fields": [
                {"key": "projectDescription", "type": "file", "required": true,
                 "label": {"fr": "Description technique (PDF)", "nl": "Technische beschrijving (PDF)", "en": "Technical description (PDF)"}},
                {"key": "financialPlan", "type": "file",
                 "label": {"fr": "Plan financier (XLSX)", "nl": "Financieel plan (XLSX)", "en": "Financial plan (XLSX)"}}
              ]}
            ]}
            """;
}
