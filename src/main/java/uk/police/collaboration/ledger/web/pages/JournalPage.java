package uk.police.collaboration.ledger.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import uk.police.collaboration.ledger.journal.ImportReport;
import uk.police.collaboration.ledger.journal.JournalImporter;
import uk.police.collaboration.ledger.journal.OnRefusal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/** Upload a journal (one command envelope per line) and see what became of every line. */
@Controller
class JournalPage {

    private final JournalImporter importer;

    JournalPage(JournalImporter importer) {
        this.importer = importer;
    }

    @GetMapping("/journal")
    String form(HttpServletRequest request, Model model) {
        RecordPage.requireRecorder(request);
        model.addAttribute("errors", FormErrors.none());
        return "pages/journal";
    }

    @PostMapping("/journal")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(name = "lines", required = false) String lines,
                  @RequestParam(name = "onRefusal", defaultValue = "STOP") String onRefusal,
                  HttpServletRequest request, Model model) throws IOException {
        Viewer viewer = RecordPage.requireRecorder(request);
        OnRefusal mode = "CONTINUE".equals(onRefusal) ? OnRefusal.CONTINUE : OnRefusal.STOP;
        model.addAttribute("onRefusal", mode.name());
        Reader reader;
        if (file != null && !file.isEmpty()) {
            reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8);
            model.addAttribute("fileName", file.getOriginalFilename());
        } else if (lines != null && !lines.isBlank()) {
            reader = new StringReader(lines);
        } else {
            model.addAttribute("errors", FormErrors.none().field("file", "file",
                    "Choose a journal file (.ndjson) or paste its lines"));
            return "pages/journal";
        }
        ImportReport report = importer.importJournal(reader, viewer.name(), mode);
        model.addAttribute("errors", FormErrors.none());
        model.addAttribute("report", report);
        return "pages/journal";
    }
}
