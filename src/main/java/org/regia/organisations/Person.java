package org.regia.organisations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.regia.shared.DomainException;

/** A person known to Regia, with or without a login (a legal representative may never log in). */
@Entity
@Table(name = "person")
@Audited
public class Person {

    @Id
    private UUID id;
    @Column(name = "full_name", nullable = false)
    private String fullName;
    @Column(name = "email")
    private String email;
    @Column(name = "phone")
    private String phone;
    @Column(name = "user_id", unique = true)
    private UUID userId;
    @Version
    private long version;

    protected Person() {
    }

    public Person(String fullName, String email, String phone, UUID userId) {
        if (fullName == null || fullName.isBlank()) {
            throw DomainException.onField("fullName", "person.nameRequired");
        }
        this.id = UUID.randomUUID();
        this.fullName = fullName.trim();
        this.email = email == null || email.isBlank() ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
        this.phone = phone;
        this.userId = userId;
    }

    public UUID getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public UUID getUserId() {
        return userId;
    }
}
