package org.regia.evaluation.web;

import java.util.ArrayList;
import java.util.List;
import org.regia.evaluation.ExpertDetails;
import org.regia.evaluation.Gender;

/** The expert's own profile form (the kind of expert is the officer's decision and is not on it). */
public class ProfileForm {

    private long version;
    private String name;
    private Gender gender;
    private List<String> languages = new ArrayList<>();
    private String keywords;
    private List<String> domains = new ArrayList<>();
    private String organisationName;
    private String organisationNumber;
    private String pastOrganisationNumbers;
    private String declaredRelationNumbers;
    private boolean available;
    private Integer maxLoad;

    static ProfileForm of(ExpertDetails d, long version) {
        ProfileForm f = new ProfileForm();
        f.version = version;
        f.name = d.name();
        f.gender = d.gender();
        f.languages = new ArrayList<>(d.languages());
        f.keywords = d.keywords();
        f.domains = new ArrayList<>(d.domains());
        f.organisationName = d.organisationName();
        f.organisationNumber = d.organisationNumber();
        f.pastOrganisationNumbers = d.pastOrganisationNumbers();
        f.declaredRelationNumbers = d.declaredRelationNumbers();
        f.available = d.available();
        f.maxLoad = d.maxLoad();
        return f;
    }

    ExpertDetails details() {
        return new ExpertDetails(name, null, gender, languages == null ? java.util.Set.of() : java.util.Set.copyOf(languages),
                keywords, domains == null ? java.util.Set.of() : java.util.Set.copyOf(domains), organisationName,
                organisationNumber, pastOrganisationNumbers, declaredRelationNumbers, available, maxLoad);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public List<String> getDomains() {
        return domains;
    }

    public void setDomains(List<String> domains) {
        this.domains = domains;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public String getOrganisationNumber() {
        return organisationNumber;
    }

    public void setOrganisationNumber(String organisationNumber) {
        this.organisationNumber = organisationNumber;
    }

    public String getPastOrganisationNumbers() {
        return pastOrganisationNumbers;
    }

    public void setPastOrganisationNumbers(String pastOrganisationNumbers) {
        this.pastOrganisationNumbers = pastOrganisationNumbers;
    }

    public String getDeclaredRelationNumbers() {
        return declaredRelationNumbers;
    }

    public void setDeclaredRelationNumbers(String declaredRelationNumbers) {
        this.declaredRelationNumbers = declaredRelationNumbers;
    }

    public boolean isAvailable() {
        return available;
    }

    public void setAvailable(boolean available) {
        this.available = available;
    }

    public Integer getMaxLoad() {
        return maxLoad;
    }

    public void setMaxLoad(Integer maxLoad) {
        this.maxLoad = maxLoad;
    }
}
