package cn.overloadcontrol.agent.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

import cn.overloadcontrol.agent.config.StationProperties;
import cn.overloadcontrol.agent.platform.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The one local account of the station page, {@value #USERNAME}. On the first start its
 * password is generated, written once to the log and to {@code operator-password.txt} in the
 * data folder for the installer, and only its BCrypt hash is kept in {@code operator.bcrypt}.
 * Deleting both files makes the next start generate a new password.
 */
@Component
public class OperatorAccount {

    public static final String USERNAME = "operator";
    static final String HASH_FILE = "operator.bcrypt";
    static final String PASSWORD_FILE = "operator-password.txt";
    private static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int PASSWORD_LENGTH = 16;
    private static final Logger log = LoggerFactory.getLogger(OperatorAccount.class);

    private final String passwordHash;

    OperatorAccount(StationProperties properties, PasswordEncoder encoder) {
        this.passwordHash = loadOrCreate(properties.dataDir(), encoder);
    }

    String passwordHash() {
        return passwordHash;
    }

    private static String loadOrCreate(Path folder, PasswordEncoder encoder) {
        Path hashFile = folder.resolve(HASH_FILE);
        try {
            if (Files.exists(hashFile)) {
                return Files.readString(hashFile, StandardCharsets.US_ASCII).strip();
            }
            String password = newPassword();
            String hash = encoder.encode(password);
            Path passwordFile = folder.resolve(PASSWORD_FILE);
            OwnerOnlyFiles.write(passwordFile, (USERNAME + " " + password + "\n").getBytes(StandardCharsets.UTF_8));
            OwnerOnlyFiles.write(hashFile, hash.getBytes(StandardCharsets.US_ASCII));
            log.warn("Generated the station page password for user '{}': {} (also in {}; change it by deleting {}"
                    + " and {} and restarting)", USERNAME, password, passwordFile.toAbsolutePath(), HASH_FILE,
                    PASSWORD_FILE);
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the operator password in " + folder, e);
        }
    }

    private static String newPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int index = 0; index < PASSWORD_LENGTH; index++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
