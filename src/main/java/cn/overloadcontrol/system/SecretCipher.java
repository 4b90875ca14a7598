package cn.overloadcontrol.system;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets that the platform must be able to read back, such as the HMAC secrets of
 * station credentials, with AES-256-GCM under the application key. The context (for example a
 * key id) is bound as associated data, so a ciphertext copied to another row does not decrypt.
 */
@Component
public class SecretCipher {

    private static final String FORMAT_PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    SecretCipher(@Value("${app.security.secret-key:}") String configuredKey,
            @Value("${app.security.secret-key-file:./data/secret.key}") Path keyFile) {
        this(ApplicationKey.load(configuredKey, keyFile));
    }

    SecretCipher(SecretKey key) {
        this.key = key;
    }

    /** Returns {@code v1:} followed by base64 of the random IV and the ciphertext with its tag. */
    public String encrypt(String plaintext, String context) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] encrypted = run(Cipher.ENCRYPT_MODE, iv, context, plaintext.getBytes(StandardCharsets.UTF_8));
        byte[] combined = new byte[IV_BYTES + encrypted.length];
        System.arraycopy(iv, 0, combined, 0, IV_BYTES);
        System.arraycopy(encrypted, 0, combined, IV_BYTES, encrypted.length);
        return FORMAT_PREFIX + Base64.getEncoder().encodeToString(combined);
    }

    /**
     * Decrypts a value of {@link #encrypt}.
     *
     * @throws IllegalStateException when the value was encrypted under another key or context,
     *         or was changed
     */
    public String decrypt(String ciphertext, String context) {
        if (!ciphertext.startsWith(FORMAT_PREFIX)) {
            throw new IllegalStateException("Unknown secret format for " + context);
        }
        byte[] combined = Base64.getDecoder().decode(ciphertext.substring(FORMAT_PREFIX.length()));
        byte[] iv = Arrays.copyOfRange(combined, 0, IV_BYTES);
        byte[] encrypted = Arrays.copyOfRange(combined, IV_BYTES, combined.length);
        return new String(run(Cipher.DECRYPT_MODE, iv, context, encrypted), StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, byte[] iv, String context, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // Never include the input: it may be the secret itself.
            throw new IllegalStateException("Cannot " + (mode == Cipher.ENCRYPT_MODE ? "encrypt" : "decrypt")
                    + " the secret of " + context + ": wrong application key or changed ciphertext");
        }
    }
}
