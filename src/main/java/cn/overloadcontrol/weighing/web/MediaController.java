package cn.overloadcontrol.weighing.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

import cn.overloadcontrol.common.security.CurrentUsers;
import cn.overloadcontrol.weighing.media.MediaAccess;
import cn.overloadcontrol.weighing.media.MediaStorage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves evidence photos and clips to staff who may see a record that links them. Content at a
 * hash never changes, so browsers may keep it a long time, but only in their private cache.
 */
@Controller
@PreAuthorize("hasAuthority('weighing:view')")
class MediaController {

    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable();

    private final MediaAccess access;
    private final MediaStorage storage;

    MediaController(MediaAccess access, MediaStorage storage) {
        this.access = access;
        this.storage = storage;
    }

    @GetMapping("/weighings/media/{sha256}")
    ResponseEntity<Resource> media(@PathVariable String sha256) throws IOException {
        String contentType = access.visibleContentType(sha256, CurrentUsers.scope()).orElse(null);
        if (contentType == null) {
            return ResponseEntity.notFound().build();
        }
        InputStream content = storage.get(sha256).orElse(null);
        if (content == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .cacheControl(CACHE)
                .eTag('"' + sha256 + '"')
                .body(body(content, contentType));
    }

    /**
     * Returns a clip as bytes, because Spring MVC serves Range requests only for a resource of
     * known length and a browser's video player seeks with them. A clip is at most
     * {@code app.media.max-clip-bytes} (4 MiB by default).
     */
    private static Resource body(InputStream content, String contentType) throws IOException {
        if (!contentType.startsWith("video/")) {
            return new InputStreamResource(content);
        }
        try (content) {
            return new ByteArrayResource(content.readAllBytes());
        }
    }
}
