package ru.kogalym.civic.eventstore.chain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.kogalym.civic.eventstore.operations.OwnerOnlyFiles;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The HMAC-SHA256 key checkpoints are signed with. It is kept outside the store, so that someone who can rewrite the
 * store (and recompute every hash after an edit) still cannot sign a checkpoint for the rewritten chain:
 * {@code CIVIC_CHECKPOINT_KEY} when set, otherwise a key generated at the first start into the data directory,
 * readable only by its owner. The key is the UTF-8 bytes of that text.
 */
public final class CheckpointKey {

    static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_LENGTH = 32;
    private static final Logger log = LoggerFactory.getLogger(CheckpointKey.class);

    private final SecretKeySpec key;
    private final String id;

    private CheckpointKey(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        this.key = new SecretKeySpec(bytes, ALGORITHM);
        this.id = fingerprint(bytes);
    }

    /** The configured key if {@code configured} is not blank, otherwise the one in {@code file}, created if missing. */
    public static CheckpointKey load(String configured, Path file) {
        if (configured != null && !configured.isBlank()) {
            return of(configured.strip(), "CIVIC_CHECKPOINT_KEY");
        }
        if (OwnerOnlyFiles.create(file, generate() + "\n")) {
            log.warn("No CIVIC_CHECKPOINT_KEY: generated a checkpoint key into {} (readable only by its owner); "
                     + "keep a copy outside this machine, and give every instance the same key", file.toAbsolutePath());
        }
        try {
            return of(Files.readString(file, StandardCharsets.UTF_8).strip(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the checkpoint key " + file, e);
        }
    }

    static CheckpointKey of(String text, String source) {
        if (text.length() < MIN_LENGTH) {
            throw new IllegalStateException("The checkpoint key from " + source + " is shorter than " + MIN_LENGTH
                                            + " characters");
        }
        return new CheckpointKey(text);
    }

    /** Names the key without revealing it: the first 8 bytes of its SHA-256, in hex. */
    public String id() {
        return id;
    }

    /** Lowercase hex HMAC-SHA256 of the UTF-8 bytes of {@code message}. */
    String sign(String message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
        }
    }

    /** Whether {@code signature} is this key's signature of {@code message}, compared in constant time. */
    boolean signed(String message, String signature) {
        return signature != null && MessageDigest.isEqual(sign(message).getBytes(StandardCharsets.US_ASCII),
                                                          signature.getBytes(StandardCharsets.US_ASCII));
    }

    private static String generate() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String fingerprint(byte[] key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "CheckpointKey " + id;
    }
}
