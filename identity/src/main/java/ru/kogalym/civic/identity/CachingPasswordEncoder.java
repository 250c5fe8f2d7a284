package ru.kogalym.civic.identity;

import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A slow hash (bcrypt) for storage, remembered in memory once verified. HTTP Basic sends the password with every
 * request, and a bcrypt check on every request would cap a core at a few dozen requests a second. The cache is keyed
 * by the stored hash, so a new password (a new hash) is checked afresh, and holds a salted SHA-256 of the password,
 * never the password; a failed check is never cached.
 */
final class CachingPasswordEncoder implements PasswordEncoder {

    private static final int MAX_ENTRIES = 10_000;

    private final PasswordEncoder delegate;
    private final byte[] salt = new byte[32];
    private final Map<String, byte[]> verified = new ConcurrentHashMap<>();

    CachingPasswordEncoder(PasswordEncoder delegate) {
        this.delegate = delegate;
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return false;
        }
        byte[] digest = digest(rawPassword);
        byte[] known = verified.get(encodedPassword);
        if (known != null) {
            return MessageDigest.isEqual(known, digest);
        }
        if (!delegate.matches(rawPassword, encodedPassword)) {
            return false;
        }
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
        verified.put(encodedPassword, digest);
        return true;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private byte[] digest(CharSequence rawPassword) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            return sha256.digest(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
