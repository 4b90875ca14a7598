package cn.overloadcontrol.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretCipherTest {

    @TempDir
    Path folder;

    @Test
    void generatesKeyFileOnceAndReusesIt() throws Exception {
        Path keyFile = folder.resolve("data/secret.key");

        SecretCipher first = new SecretCipher(ApplicationKey.load("", keyFile));
        String stored = Files.readString(keyFile);
        SecretCipher second = new SecretCipher(ApplicationKey.load(null, keyFile));

        assertThat(Base64.getDecoder().decode(stored.strip())).hasSize(32);
        assertThat(second.decrypt(first.encrypt("s3cret", "ak1"), "ak1")).isEqualTo("s3cret");
    }

    @Test
    void configuredKeyWinsOverFile() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        SecretCipher cipher = new SecretCipher(ApplicationKey.load(key, folder.resolve("unused.key")));

        assertThat(cipher.decrypt(cipher.encrypt("s3cret", "ak1"), "ak1")).isEqualTo("s3cret");
        assertThat(folder.resolve("unused.key")).doesNotExist();
    }

    @Test
    void ciphertextIsRandomizedAndBoundToContext() {
        SecretCipher cipher = new SecretCipher(ApplicationKey.load("", folder.resolve("k")));
        String first = cipher.encrypt("s3cret", "ak1");

        assertThat(cipher.encrypt("s3cret", "ak1")).isNotEqualTo(first);
        assertThat(first).doesNotContain("s3cret");
        assertThatThrownBy(() -> cipher.decrypt(first, "ak2"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void shortConfiguredKeyIsRejected() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> ApplicationKey.load(shortKey, folder.resolve("k")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("16 bytes");
    }
}
