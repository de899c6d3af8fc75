package uk.police.collaboration.ledger.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Request bodies to the API are UTF-8 and nothing else (415 {@code UNSUPPORTED_CHARSET}): a
 * declared charset other than UTF-8 (ISO-8859-1, windows-1252, UTF-16...) is refused, and so is a
 * body that announces itself as UTF-16 or UTF-32 without saying so (a byte order mark, or a zero
 * byte among its first four, which JSON in UTF-8 never has). Otherwise the same bytes could be
 * read as different text by different readers, and Jackson would quietly accept UTF-16. Bytes that
 * are not valid UTF-8 are refused by the JSON reader itself (400). Runs after Spring Security, so
 * the refusal carries the security headers and a caller who may not post learns nothing more.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class Utf8OnlyFilter extends OncePerRequestFilter {

    static final String CODE = "UNSUPPORTED_CHARSET";
    private static final String RULE = "Request bodies are UTF-8 only: send UTF-8 without a byte order mark and declare "
            + "no other charset";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/") || "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!declaresUtf8OrNothing(request.getContentType())) {
            refuse(response);
            return;
        }
        PushbackInputStream body = new PushbackInputStream(request.getInputStream(), 4);
        byte[] start = body.readNBytes(4);
        if (looksLikeUtf16Or32(start)) {
            refuse(response);
            return;
        }
        body.unread(start);
        chain.doFilter(new Peeked(request, body), response);
    }

    static boolean declaresUtf8OrNothing(String contentType) {
        if (contentType == null) {
            return true;
        }
        try {
            Charset declared = MediaType.parseMediaType(contentType).getCharset();
            return declared == null || declared.equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException unknownTypeOrCharset) {
            // An unparseable type is the media-type check's business; an unknown charset is not UTF-8.
            return !contentType.toLowerCase(java.util.Locale.ROOT).contains("charset=");
        }
    }

    static boolean looksLikeUtf16Or32(byte[] start) {
        if (start.length >= 2 && ((start[0] == (byte) 0xFE && start[1] == (byte) 0xFF)
                || (start[0] == (byte) 0xFF && start[1] == (byte) 0xFE))) {
            return true;
        }
        for (byte b : Arrays.copyOf(start, Math.min(start.length, 4))) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(415);
        response.setContentType(ProblemBody.MEDIA_TYPE);
        response.getOutputStream().write(ProblemBody.of(415, CODE, RULE));
    }

    /** The request with the first bytes, already looked at, put back in front of the rest. */
    private static final class Peeked extends HttpServletRequestWrapper {
        private final InputStream body;

        Peeked(HttpServletRequest request, InputStream body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            return new ServletInputStream() {
                private boolean finished;

                @Override
                public int read() throws IOException {
                    int b = body.read();
                    finished = b < 0;
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = body.read(buffer, offset, length);
                    finished = n < 0;
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return finished;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
