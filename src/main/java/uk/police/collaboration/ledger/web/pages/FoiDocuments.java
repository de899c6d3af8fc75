package uk.police.collaboration.ledger.web.pages;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;

/**
 * The FOI decision history as a PDF made on the server: the printable document's own template
 * (pages/foi-print, which the FOI page's fragment is part of) rendered to XHTML and laid out by
 * openhtmltopdf with the print stylesheet, so that page, printable and PDF carry the same fields.
 * Page numbers and the request reference come from the stylesheet's running footer.
 */
@Component
class FoiDocuments {

    private final SpringTemplateEngine templates;
    private final ApplicationContext context;

    FoiDocuments(SpringTemplateEngine templates, ApplicationContext context) {
        this.templates = templates;
        this.context = context;
    }

    byte[] pdf(FoiDocument document) {
        URL css = FoiDocuments.class.getResource("/static" + FoiDocument.PRINT_CSS);
        FoiDocument forPdf = new FoiDocument(document.history(), document.producedOn(), document.requestReference(), true,
                css == null ? FoiDocument.PRINT_CSS : css.toExternalForm());
        Context variables = new Context(Locale.UK);
        variables.setVariable("doc", forPdf);
        variables.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        String xhtml = templates.process("pages/foi-print", variables);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder pdf = new PdfRendererBuilder();
            pdf.useFastMode();
            pdf.withHtmlContent(xhtml, css == null ? null : css.toExternalForm());
            pdf.toStream(out);
            pdf.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
