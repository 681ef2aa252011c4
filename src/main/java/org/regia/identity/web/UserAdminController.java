package org.regia.identity.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.regia.identity.AccountService;
import org.regia.identity.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators see the accounts and give roles. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

    private final AccountService accounts;

    UserAdminController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        model.addAttribute("users", accounts.all());
        model.addAttribute("roles", Role.values());
        return "identity/users";
    }

    @PostMapping("/admin/users/{id}/roles")
    String changeRoles(@PathVariable UUID id, @RequestParam(name = "roles", required = false) List<Role> roles,
                       RedirectAttributes redirect) {
        Set<Role> set = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        accounts.changeRoles(id, set);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/users";
    }
}
