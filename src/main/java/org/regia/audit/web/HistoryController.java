package org.regia.audit.web;

import org.regia.audit.RecordHistory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
@PreAuthorize("hasRole('ADMIN')")
class HistoryController {

    private final RecordHistory history;

    HistoryController(RecordHistory history) {
        this.history = history;
    }

    @GetMapping("/admin/history")
    String recent(Model model) {
        model.addAttribute("changes", history.recent(50));
        return "audit/recent";
    }

    @GetMapping("/admin/history/{entity}/{id}")
    String record(@PathVariable String entity, @PathVariable String id, Model model) {
        model.addAttribute("entity", entity);
        model.addAttribute("id", id);
        model.addAttribute("revisions", history.of(entity, id));
        return "audit/record";
    }
}
