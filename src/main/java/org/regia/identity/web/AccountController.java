package org.regia.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Locale;
import org.regia.identity.AccountService;
import org.regia.shared.DomainException;
import org.regia.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Login page, self-registration of applicants and e-mail verification. */
@Controller
class AccountController {

    private final AccountService accounts;

    AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/login")
    String login() {
        return "identity/login";
    }

    @GetMapping("/register")
    String registerForm(@ModelAttribute("form") RegistrationForm form) {
        return "identity/register";
    }

    @PostMapping("/register")
    String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result, Locale locale,
                    HttpServletRequest request, Model model) {
        if (form.getPassword() != null && !form.getPassword().equals(form.getConfirmPassword())) {
            result.rejectValue("confirmPassword", "registration.passwordMismatch");
        }
        if (result.hasErrors()) {
            return "identity/register";
        }
        try {
            String verifyUrl = ServletUriComponentsBuilder.fromContextPath(request).path("/verify").toUriString();
            accounts.registerApplicant(form.getEmail(), form.getDisplayName(), form.getPassword(), locale, verifyUrl);
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return "identity/register";
        }
        model.addAttribute("email", form.getEmail().trim());
        return "identity/registered";
    }

    @GetMapping("/verify")
    String verify(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("verified", accounts.verifyEmail(token));
        return "identity/verified";
    }

    @GetMapping("/access-denied")
    String accessDenied() {
        return "identity/access-denied";
    }
}
