package cn.overloadcontrol.agent.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps the station's platform credential in {@code credential.enc}, encrypted with AES-GCM under
 * a random 256-bit key in {@code station.key}. Both files are readable only by their owner where
 * the file system has POSIX permissions (on Windows they inherit the folder's ACL). The key file
 * protects the secret against a copied credential file, not against someone who can read the
 * whole data folder.
 */
public final class CredentialStore {

    static final String KEY_FILE = "station.key";
    static final String CREDENTIAL_FILE = "credential.enc";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** Marks a configuration value encrypted by {@link #encryptText}. */
    public static final String ENCRYPTED_PREFIX = "enc:";

    private final JsonMapper json = JsonMapper.builder().build();
    private final SecureRandom random = new SecureRandom();
    private final Path folder;
    private volatile PlatformCredential cached;

    public CredentialStore(Path folder) {
        this.folder = folder;
    }

    /**
     * Returns the stored credential, or empty before the station is paired.
     *
     * @throws IllegalStateException when the file cannot be decrypted (wrong or missing key file)
     */
    public Optional<PlatformCredential> load() {
        PlatformCredential current = cached;
        if (current != null) {
            return Optional.of(current);
        }
        Path file = folder.resolve(CREDENTIAL_FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            byte[] sealed = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            JsonNode node = json.readTree(decrypt(sealed));
            cached = new PlatformCredential(node.get("platformUrl").asString(), node.get("keyId").asString(),
                    node.get("secret").asString(), node.get("stationCode").asString(),
                    Instant.parse(node.get("pairedAt").asString()));
            return Optional.of(cached);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot decrypt " + file + " with " + folder.resolve(KEY_FILE)
                    + "; pair the station again", e);
        }
    }

    /** Replaces the stored credential, atomically. */
    public synchronized void save(PlatformCredential credential) {
        ObjectNode node = json.createObjectNode();
        node.put("platformUrl", credential.platformUrl());
        node.put("keyId", credential.keyId());
        node.put("secret", credential.secret());
        node.put("stationCode", credential.stationCode());
        node.put("pairedAt", credential.pairedAt().toString());
        try {
            byte[] sealed = encrypt(json.writeValueAsBytes(node));
            OwnerOnlyFiles.write(folder.resolve(CREDENTIAL_FILE),
                    Base64.getEncoder().encodeToString(sealed).getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable in this Java runtime", e);
        }
        cached = credential;
    }

    /**
     * Encrypts a short secret, such as a camera password, with the station key, as
     * {@code enc:<base64 of IV and ciphertext>} for the configuration file.
     */
    public String encryptText(String plain) {
        try {
            return ENCRYPTED_PREFIX + Base64.getEncoder().encodeToString(encrypt(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable in this Java runtime", e);
        }
    }

    /**
     * Decrypts a value made by {@link #encryptText}.
     *
     * @throws IllegalArgumentException when the value lacks the {@code enc:} prefix or does not decrypt with
     *                                  this station's key; the message never contains the value
     */
    public String decryptText(String sealed) {
        if (!sealed.startsWith(ENCRYPTED_PREFIX)) {
            throw new IllegalArgumentException("the value is not encrypted (no " + ENCRYPTED_PREFIX + " prefix)");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed.substring(ENCRYPTED_PREFIX.length()).strip());
            return new String(decrypt(bytes), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the value does not decrypt with " + folder.resolve(KEY_FILE)
                    + "; encrypt it again with `station camera-secret` on this PC");
        }
    }

    private byte[] encrypt(byte[] plain) throws GeneralSecurityException {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, iv));
        byte[] encrypted = cipher.doFinal(plain);
        byte[] sealed = Arrays.copyOf(iv, IV_BYTES + encrypted.length);
        System.arraycopy(encrypted, 0, sealed, IV_BYTES, encrypted.length);
        return sealed;
    }

    private byte[] decrypt(byte[] sealed) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
        return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
    }

    private SecretKeySpec key() {
        Path file = folder.resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[KEY_BYTES];
                random.nextBytes(fresh);
                OwnerOnlyFiles.write(file, Base64.getEncoder().encode(fresh));
            }
            byte[] bytes = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            return new SecretKeySpec(bytes, "AES");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key file " + file, e);
        }
    }
}
