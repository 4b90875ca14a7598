package cn.overloadcontrol.weighing.media;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of evidence media ({@code app.media}).
 *
 * @param dir folder of the file-system media store
 * @param maxPhotoBytes largest accepted photo
 * @param maxClipBytes largest accepted clip; uploads also stay under {@code app.api.max-body-bytes}
 */
@ConfigurationProperties("app.media")
public record MediaProperties(
        @DefaultValue("./data/media") Path dir,
        @DefaultValue("2097152") long maxPhotoBytes,
        @DefaultValue("4194304") long maxClipBytes) {

    long limitFor(MediaKind kind) {
        return kind.isVideo() ? maxClipBytes : maxPhotoBytes;
    }
}
