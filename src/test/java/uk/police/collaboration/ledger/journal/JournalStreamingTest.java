package uk.police.collaboration.ledger.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.police.collaboration.ledger.support.LedgerClient;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A journal over HTTP is read line by line and answered line by line: the result of a line
 * arrives while the caller has not yet sent the next one (a raw socket, so nothing buffers on the
 * client side either), and a journal of 100,000 broken lines is answered with 100,000 results
 * streamed, never a report built whole. A chunked upload is first read whole by the body limit
 * (up to ledger.limits.journal-body, so an oversized journal is refused before any line is
 * recorded); one with a Content-Length is read as it arrives.
 */
@LedgerIntegrationTest
class JournalStreamingTest {

    @LocalServerPort
    int port;
    final ObjectMapper mapper = new ObjectMapper();

    @Test
    void eachLinesResultArrivesBeforeTheNextLineIsSent() throws Exception {
        String programme = LedgerClient.newId("stream");
        byte[] first = (JournalImportTest.line("RegisterCollaboration", programme + "-1", "2018-02-19",
                "{\"collaborationId\":\"" + programme + "\",\"title\":\"Streamed\",\"scope\":\"Streaming\","
                        + "\"parties\":[{\"partyId\":\"glos\",\"name\":\"Gloucestershire Constabulary\",\"kind\":\"FORCE\",\"corporationSole\":false}]}")
                + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] second = (JournalImportTest.line("RaiseRisk", programme + "-2", "2018-03-22",
                JournalImportTest.risk(programme + "-risk", programme)) + "\n").getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);   // a server that waited for the whole journal would never answer: fail, not hang
            OutputStream out = socket.getOutputStream();
            ChunkedReader in = new ChunkedReader(new BufferedInputStream(socket.getInputStream()));
            // With a Content-Length, as curl --data-binary sends a file: the ledger reads it as it arrives.
            out.write(requestHead("/api/journal?onRefusal=CONTINUE", "Content-Length: " + (first.length + second.length)));
            out.write(first);
            out.flush();

            assertThat(in.statusLine()).contains(" 200 ");
            assertThat(in.headers().toLowerCase()).contains("content-type: application/x-ndjson");
            JsonNode firstResult = mapper.readTree(in.line());
            assertThat(firstResult.get("line").asInt()).isEqualTo(1);
            assertThat(firstResult.get("status").asText()).isEqualTo("accepted");

            out.write(second);
            out.flush();
            JsonNode secondResult = mapper.readTree(in.line());
            assertThat(secondResult.get("line").asInt()).isEqualTo(2);
            assertThat(secondResult.get("status").asText()).isEqualTo("accepted");

            JsonNode summary = mapper.readTree(in.line()).get("summary");
            assertThat(summary.get("accepted").asInt()).isEqualTo(2);
            assertThat(summary.get("refused").asInt()).isZero();
        }
    }

    @Test
    void withoutAskingForNdjsonTheSameResultsComeAsOneJsonDocument() throws Exception {
        String programme = LedgerClient.newId("document");
        var answer = new LedgerClient(port).as("secretariat", "demo-secretariat").post("/api/journal?onRefusal=CONTINUE",
                "application/x-ndjson", JournalImportTest.journal(programme, "unknown-programme"));
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.body().lines()).as("one result a line").hasSize(7);
        JsonNode report = answer.json();
        assertThat(report.get("lines")).hasSize(5);
        assertThat(report.get("accepted").asInt()).isEqualTo(3);
        assertThat(report.get("refused").asInt()).isEqualTo(2);
        assertThat(report.get("lines").get(0).has("accepted")).as("no derived flag in a result").isFalse();
    }

    @Test
    void aHundredThousandBrokenLinesAreAnsweredOneByOne() throws Exception {
        int lines = 100_000;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            ChunkedReader in = new ChunkedReader(new BufferedInputStream(socket.getInputStream()));
            // Chunked: the body limit reads it first (so an oversized one is refused whole); the answer still streams.
            out.write(requestHead("/api/journal?onRefusal=CONTINUE", "Transfer-Encoding: chunked"));
            // Sent from another thread while this one reads: neither side may wait for the other to finish.
            Thread sender = new Thread(() -> {
                try {
                    StringBuilder block = new StringBuilder();
                    for (int i = 1; i <= lines; i++) {
                        block.append("not a command ").append(i).append('\n');
                        if (i % 1000 == 0) {
                            chunk(out, block.toString());
                            block.setLength(0);
                        }
                    }
                    chunk(out, "");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            sender.start();
            assertThat(in.statusLine()).contains(" 200 ");
            in.headers();
            int results = 0;
            String line;
            while ((line = in.line()) != null && !line.startsWith("{\"summary\"")) {
                results++;
                if (results == 1 || results == lines) {
                    assertThat(mapper.readTree(line).get("code").asText()).isEqualTo("MALFORMED_LINE");
                }
            }
            sender.join(60_000);
            assertThat(results).isEqualTo(lines);
            JsonNode summary = mapper.readTree(line).get("summary");
            assertThat(summary.get("refused").asInt()).isEqualTo(lines);
            assertThat(summary.get("stoppedEarly").asBoolean()).isFalse();
        }
    }

    private byte[] requestHead(String path, String framing) {
        String authorization = Base64.getEncoder().encodeToString("secretariat:demo-secretariat".getBytes(StandardCharsets.UTF_8));
        return ("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Basic " + authorization
                + "\r\nContent-Type: application/x-ndjson\r\nAccept: application/x-ndjson\r\n" + framing + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static void chunk(OutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Reads an HTTP/1.1 response with a chunked body, one body line at a time, as it arrives. */
    private static final class ChunkedReader {
        private final InputStream in;
        private int chunkLeft;
        private boolean ended;

        ChunkedReader(InputStream in) {
            this.in = in;
        }

        String statusLine() throws IOException {
            return rawLine();
        }

        String headers() throws IOException {
            StringBuilder headers = new StringBuilder();
            String header;
            while (!(header = rawLine()).isEmpty()) {
                headers.append(header).append('\n');
            }
            return headers.toString();
        }

        /** The next line of the body, or null at its end. */
        String line() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = bodyByte()) != -1 && b != '\n') {
                line.write(b);
            }
            return b == -1 && line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
        }

        private int bodyByte() throws IOException {
            if (ended) {
                return -1;
            }
            if (chunkLeft == 0) {
                String size = rawLine();
                if (size.isEmpty()) {
                    size = rawLine();   // the CRLF after the previous chunk
                }
                chunkLeft = Integer.parseInt(size.split(";")[0].strip(), 16);
                if (chunkLeft == 0) {
                    ended = true;
                    return -1;
                }
            }
            chunkLeft--;
            return in.read();
        }

        private String rawLine() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.US_ASCII);
        }
    }
}
