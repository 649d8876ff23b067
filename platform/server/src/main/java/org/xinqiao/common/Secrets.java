package org.xinqiao.common;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server's master key and what is derived from it: the JWT signing key and an AES-GCM box for
 * data stored encrypted (WeChat session keys, partners' credentials). Every instance of a cluster must
 * share the key ({@code XINQIAO_SECRET_KEY}); the embedded default keeps one in the data directory.
 */
@Singleton
public final class Secrets {

    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] masterKey;

    Secrets(@Value("${xinqiao.secret-key:}") String configured, @Value("${xinqiao.data-dir}") String dataDir,
            Environment environment) {
        this.masterKey = configured.isBlank() ? keyFile(Path.of(dataDir), environment) : decode(configured);
    }

    /** A key for one purpose, derived so that no two purposes share key material. */
    public byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(masterKey, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Encrypts with AES-256-GCM; the random nonce travels in front of the ciphertext. */
    public String encrypt(String plaintext) {
        try {
            byte[] nonce = randomBytes(NONCE_BYTES);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(derive("data-encryption"), "AES"), new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String decrypt(String encrypted) {
        try {
            byte[] in = Base64.getDecoder().decode(encrypted);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(derive("data-encryption"), "AES"),
                    new GCMParameterSpec(128, in, 0, NONCE_BYTES));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("stored secret cannot be decrypted with this server's key", e);
        }
    }

    public static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static byte[] decode(String base64) {
        byte[] key = Base64.getDecoder().decode(base64.trim());
        if (key.length < KEY_BYTES) {
            throw new IllegalStateException("XINQIAO_SECRET_KEY must be base64 of at least 32 bytes");
        }
        return key;
    }

    private static byte[] keyFile(Path dataDir, Environment environment) {
        if (environment.getActiveNames().contains("mysql")) {
            throw new IllegalStateException("XINQIAO_SECRET_KEY is required with a MySQL database: "
                    + "every instance must share it (openssl rand -base64 32)");
        }
        Path file = dataDir.resolve("secret.key");
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file));
            }
            Files.createDirectories(dataDir);
            Files.writeString(file, Base64.getEncoder().encodeToString(randomBytes(KEY_BYTES)));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the file keeps the directory's permissions
            }
            return decode(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or create " + file, e);
        }
    }
}
