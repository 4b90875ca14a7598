package cn.overloadcontrol.device;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * One RTSP camera of a lane. The credentials are kept apart from the address so that the address
 * can be logged as it is, and {@link #toString()} never shows the password. The station is to store
 * the credentials encrypted and decrypt them only to build this value.
 * NOTE: the station's camera configuration, where that encryption belongs, does not exist yet.
 *
 * @param id       the camera's id within the station, used in logs and health reports
 * @param position where the camera looks at the truck
 * @param url      {@code rtsp://host[:port]/path} without user information
 * @param username the RTSP user, or an empty string when the camera needs no login
 * @param password the RTSP password, or an empty string
 */
public record CameraSource(String id, CameraPosition position, String url, String username, String password) {

    public CameraSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (id.isBlank()) {
            throw new IllegalArgumentException("Camera id must not be blank");
        }
        checkUrl(id, url);
    }

    /** Creates a source for a camera that needs no login. */
    public static CameraSource anonymous(String id, CameraPosition position, String url) {
        return new CameraSource(id, position, url, "", "");
    }

    public boolean hasCredentials() {
        return !username.isEmpty() || !password.isEmpty();
    }

    @Override
    public String toString() {
        return "CameraSource[id=" + id + ", position=" + position + ", url=" + url
                + ", username=" + (username.isEmpty() ? "" : "***") + ", password=" + (password.isEmpty() ? "" : "***")
                + "]";
    }

    // The URL is part of every log line, so user information in it would leak the password. The
    // '@' check comes first: a password containing '/' or '#' hides the user information from
    // URI parsing, and no message may echo such a URL.
    private static void checkUrl(String id, String url) {
        if (url.contains("@")) {
            throw new IllegalArgumentException("Camera " + id
                    + ": the URL must not contain user information ('@'); set username and password instead");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Camera " + id + ": invalid RTSP URL (" + e.getReason()
                    + "); expected rtsp://host[:port]/path");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("rtsp") && !scheme.equals("rtsps")) {
            throw new IllegalArgumentException("Camera " + id + ": URL scheme must be rtsp or rtsps, was '"
                    + scheme + "'");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("Camera " + id + ": the RTSP URL has no host: " + url);
        }
    }
}
