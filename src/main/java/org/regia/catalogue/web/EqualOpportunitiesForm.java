package org.regia.catalogue.web;

/** The equal-opportunities test as typed by the officer (author and date are filled in by the service). */
public class EqualOpportunitiesForm {

    private String questions;
    private String answers;

    public String getQuestions() { return questions; }
    public void setQuestions(String questions) { this.questions = questions; }
    public String getAnswers() { return answers; }
    public void setAnswers(String answers) { this.answers = answers; }
}
