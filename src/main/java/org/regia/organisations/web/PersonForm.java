package org.regia.organisations.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.regia.organisations.AffiliationRole;

public class PersonForm {

    @NotBlank
    @Size(max = 160)
    private String fullName;
    @Email
    private String email;
    @NotNull
    private AffiliationRole role;

    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public AffiliationRole getRole() { return role; }
    public void setRole(AffiliationRole role) { this.role = role; }
}
