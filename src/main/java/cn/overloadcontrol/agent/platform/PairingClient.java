package cn.overloadcontrol.agent.platform;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Redeems a one-time pairing code at the platform and stores the credential it returns. The
 * request is not signed: the code is the secret, and the platform limits wrong attempts.
 */
public class PairingClient {

    static final String PAIRING_PATH = "/api/v1/pairing";
    private static final Logger log = LoggerFactory.getLogger(PairingClient.class);

    private final JsonMapper json = JsonMapper.builder().build();
    private final PlatformClient client;
    private final CredentialStore credentials;
    private final Clock clock;

    public PairingClient(PlatformClient client, CredentialStore credentials, Clock clock) {
        this.client = client;
        this.credentials = credentials;
        this.clock = clock;
    }

    /**
     * Pairs this station with the platform at {@code platformUrl}.
     *
     * @throws IllegalArgumentException when the address is not an http or https URL
     * @throws PairingException with the platform's error code, or {@code unreachable}
     */
    public PlatformCredential pair(String platformUrl, String code) throws PairingException, InterruptedException {
        String base = normalizeUrl(platformUrl);
        ObjectNode request = json.createObjectNode();
        request.put("code", code == null ? "" : code.strip());
        PlatformResponse response;
        try {
            response = client.postUnsigned(base, PAIRING_PATH, json.writeValueAsBytes(request));
        } catch (IOException e) {
            log.warn("Pairing with {} failed: platform unreachable: {}", base, e.toString());
            throw new PairingException("unreachable", "platform " + base + " unreachable: " + e.getMessage());
        }
        JsonNode answer = readJson(response);
        if (!response.isSuccess()) {
            String errorCode = answer.path("code").asString("http_" + response.status());
            log.warn("Pairing with {} rejected: HTTP {} {}", base, response.status(), errorCode);
            throw new PairingException(errorCode, answer.path("message").asString(""));
        }
        PlatformCredential credential = new PlatformCredential(base, answer.path("keyId").asString(),
                answer.path("secret").asString(), answer.path("stationCode").asString(), clock.instant());
        credentials.save(credential);
        log.info("Paired with platform {} as station {} (key {})", base, credential.stationCode(),
                credential.keyId());
        return credential;
    }

    /**
     * Returns the address without a trailing slash.
     *
     * @throws IllegalArgumentException when it is not an absolute http or https URL with a host
     */
    public static String normalizeUrl(String platformUrl) {
        String text = platformUrl == null ? "" : platformUrl.strip();
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawQuery() != null) {
                throw new IllegalArgumentException("platform address \"" + text
                        + "\" must be an http or https URL such as http://192.168.1.10:8080");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("platform address \"" + text
                    + "\" is not a valid URL; it must be an http or https URL such as http://192.168.1.10:8080", e);
        }
        return PlatformClient.stripSlash(text);
    }

    private JsonNode readJson(PlatformResponse response) throws PairingException {
        try {
            return json.readTree(response.body());
        } catch (JacksonException e) {
            throw new PairingException("http_" + response.status(), "platform response is not JSON: "
                    + response.bodyText());
        }
    }
}
