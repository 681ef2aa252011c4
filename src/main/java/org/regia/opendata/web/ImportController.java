package org.regia.opendata.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.util.UUID;
import org.regia.opendata.internal.ImportFormat;
import org.regia.opendata.internal.ImportJobs;
import org.regia.opendata.internal.ImportMode;
import org.regia.opendata.internal.JobView;
import org.regia.opendata.internal.SampleFiles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Imports page: start an import (upload or sample file), follow its progress, cancel it, read its report. */
@Controller
@RequestMapping("/opendata/imports")
@PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
class ImportController {

    private static final int SHOWN_ERRORS = 200;

    private final ImportJobs jobs;
    private final SampleFiles samples;

    ImportController(ImportJobs jobs, SampleFiles samples) {
        this.jobs = jobs;
        this.samples = samples;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("formats", java.util.Arrays.stream(ImportFormat.values()).filter(ImportFormat::importable).toList());
        model.addAttribute("modes", ImportMode.values());
        model.addAttribute("samples", samples.available());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", new ImportForm());
        model.addAttribute("jobs", jobs.recent());
        return "opendata/imports";
    }

    @PostMapping
    String start(@ModelAttribute("form") ImportForm form, BindingResult binding,
                 @RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        boolean uploaded = file != null && !file.isEmpty();
        boolean sampled = form.getSample() != null && !form.getSample().isBlank();
        if (uploaded == sampled) {
            binding.rejectValue("sample", "opendata.import.fileOrSample");
        }
        var sample = sampled ? samples.find(form.getSample()) : java.util.Optional.<SampleFiles.Sample>empty();
        if (sampled && sample.isEmpty()) {
            binding.rejectValue("sample", "opendata.import.unknownSample");
        }
        ImportFormat format = form.getFormat() != null ? form.getFormat() : sample.map(SampleFiles.Sample::format).orElse(null);
        if (format == null || !format.importable()) {
            binding.rejectValue("format", "opendata.import.formatRequired");
        }
        if (binding.hasErrors()) {
            model.addAttribute("jobs", jobs.recent());
            return "opendata/imports";
        }
        ImportMode mode = form.getMode() == null ? ImportMode.ALL_OR_NOTHING : form.getMode();
        UUID id = uploaded
                ? jobs.start(format, mode, file.getOriginalFilename(), file.getBytes())
                : jobs.start(format, mode, sample.get().path().getFileName().toString(), Files.readAllBytes(sample.get().path()));
        return "redirect:/opendata/imports/" + id;
    }

    @GetMapping("/{id}")
    String job(@PathVariable UUID id, Model model) {
        fill(id, model);
        return "opendata/job";
    }

    /** The progress bar and, once finished, the report (polled by htmx every second while the job runs). */
    @GetMapping("/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        fill(id, model);
        return "opendata/job :: progress";
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable UUID id, Model model,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response) {
        jobs.cancel(id);
        if (htmx != null) {
            fill(id, model);
            return "opendata/job :: progress";
        }
        return "redirect:/opendata/imports/" + id;
    }

    private void fill(UUID id, Model model) {
        JobView job = jobs.get(id);
        model.addAttribute("job", job);
        if (job.status().finished() && job.errorCount() > 0) {
            model.addAttribute("summary", jobs.summary(id));
            model.addAttribute("errors", jobs.errors(id, 0, SHOWN_ERRORS));
        }
    }
}
