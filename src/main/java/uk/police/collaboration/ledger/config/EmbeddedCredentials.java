package uk.police.collaboration.ledger.config;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/**
 * The embedded cluster's three passwords: the superuser (bootstrap only), the owner role that
 * migrations run as, and the application role. Generated at random when the cluster is made —
 * never published defaults — and kept in a file only the operating-system user can read.
 */
record EmbeddedCredentials(String superuserPassword, String ownerPassword, String applicationPassword) {

    static final String SUPERUSER = "postgres";
    static final String OWNER = "ledger_owner";
    static final String APPLICATION = "ledger_app";
    static final String FILE_NAME = "ledger-credentials.properties";

    private static final SecureRandom RANDOM = new SecureRandom();

    static EmbeddedCredentials generate() {
        return new EmbeddedCredentials(randomPassword(), randomPassword(), randomPassword());
    }

    /** 32 random bytes in URL-safe base64: no quote or backslash, so safe inside an SQL literal. */
    private static String randomPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static Optional<EmbeddedCredentials> readFrom(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return Optional.of(new EmbeddedCredentials(properties.getProperty(SUPERUSER),
                properties.getProperty(OWNER), properties.getProperty(APPLICATION)));
    }

    void writeTo(Path dataDirectory) throws IOException {
        writeOwnerOnly(dataDirectory.resolve(FILE_NAME), SUPERUSER + "=" + superuserPassword + "\n"
                + OWNER + "=" + ownerPassword + "\n" + APPLICATION + "=" + applicationPassword + "\n");
    }

    /** The superuser's password alone, as initdb's --pwfile wants it. */
    void writeSuperuserPasswordFile(Path file) throws IOException {
        writeOwnerOnly(file, superuserPassword + "\n", false);
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        writeOwnerOnly(file, content, true);
    }

    private static void writeOwnerOnly(Path file, String content, boolean withHeader) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (withHeader) {
                writer.write("# Passwords of the embedded PostgreSQL roles (docs/operations.md). Keep this file private.\n");
            }
            writer.write(content);
        }
    }
}
